package com.trunkreleasehelper.alexa;

import com.amazon.ask.model.Application;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Device;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Session;
import com.amazon.ask.model.SessionEndedError;
import com.amazon.ask.model.SessionEndedErrorType;
import com.amazon.ask.model.SessionEndedReason;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SupportedInterfaces;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.system.Error;
import com.amazon.ask.model.interfaces.system.ErrorType;
import com.amazon.ask.model.interfaces.system.ExceptionEncounteredRequest;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.amazon.ask.model.ui.OutputSpeech;
import com.amazon.ask.model.ui.SimpleCard;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads request envelopes and writes response envelopes by hand, field by field, for the parts this
 * skill uses. The SDK's Jackson binding builds deserializers for the whole request model (several hundred
 * classes) before the first answer, which was most of a cold start; this reads a JSON tree and fills the
 * same model objects. It is lenient: a field of the wrong type is treated as absent, so a damaged
 * envelope that still carries a session gets an answer.
 */
public final class EnvelopeJson {

    /** The response format version Alexa expects. */
    static final String VERSION = "1.0";

    private final ObjectMapper mapper;

    public EnvelopeJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The envelope, or null when the body is not a JSON object with a request of some type. */
    public RequestEnvelope read(byte[] body) throws IOException {
        JsonNode root = mapper.readTree(body);
        JsonNode request = root == null ? null : root.get("request");
        if (root == null || !root.isObject() || request == null || text(request, "type") == null) {
            return null;
        }
        return RequestEnvelope.builder()
                .withVersion(text(root, "version"))
                .withSession(session(root.get("session")))
                .withContext(context(root.path("context").get("System")))
                .withRequest(request(request))
                .build();
    }

    private Session session(JsonNode session) {
        if (session == null || !session.isObject()) {
            return null;
        }
        JsonNode attributes = session.get("attributes");
        return Session.builder()
                .withNew(session.path("new").asBoolean(false))
                .withSessionId(text(session, "sessionId"))
                .withApplication(Application.builder().withApplicationId(text(session.path("application"), "applicationId")).build())
                .withUser(User.builder().withUserId(text(session.path("user"), "userId")).build())
                .withAttributes(attributes != null && attributes.isObject() ? attributesMap(attributes) : null)
                .build();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> attributesMap(JsonNode attributes) {
        return mapper.convertValue(attributes, LinkedHashMap.class);
    }

    /** Only what the skill reads: the skill and user IDs, and whether the device has a screen. The access token is never read. */
    private static Context context(JsonNode system) {
        if (system == null || !system.isObject()) {
            return null;
        }
        SupportedInterfaces.Builder interfaces = SupportedInterfaces.builder();
        return Context.builder().withSystem(SystemState.builder()
                .withApplication(Application.builder().withApplicationId(text(system.path("application"), "applicationId")).build())
                .withUser(User.builder().withUserId(text(system.path("user"), "userId")).build())
                .withDevice(Device.builder().withDeviceId(text(system.path("device"), "deviceId"))
                        .withSupportedInterfaces(interfaces.build()).build())
                .build()).build();
    }

    private static Request request(JsonNode request) {
        String type = text(request, "type");
        String id = text(request, "requestId");
        String locale = text(request, "locale");
        return switch (type) {
            case "LaunchRequest" -> LaunchRequest.builder().withRequestId(id).withLocale(locale).build();
            case "IntentRequest" -> IntentRequest.builder().withRequestId(id).withLocale(locale)
                    .withIntent(intent(request.get("intent"))).build();
            case "SessionEndedRequest" -> SessionEndedRequest.builder().withRequestId(id).withLocale(locale)
                    .withReason(SessionEndedReason.fromValue(text(request, "reason")))
                    .withError(sessionError(request.get("error"))).build();
            case "System.ExceptionEncountered" -> ExceptionEncounteredRequest.builder().withRequestId(id)
                    .withLocale(locale).withError(error(request.get("error"))).build();
            default -> new UnsupportedRequest(type, id, locale);
        };
    }

    private static Intent intent(JsonNode intent) {
        if (intent == null || !intent.isObject()) {
            return Intent.builder().build();
        }
        Intent.Builder out = Intent.builder().withName(text(intent, "name"));
        JsonNode slots = intent.get("slots");
        if (slots != null && slots.isObject()) {
            slots.fields().forEachRemaining(e -> out.putSlotsItem(e.getKey(),
                    Slot.builder().withName(e.getKey()).withValue(text(e.getValue(), "value")).build()));
        }
        return out.build();
    }

    private static SessionEndedError sessionError(JsonNode error) {
        if (error == null || !error.isObject()) {
            return null;
        }
        return SessionEndedError.builder().withType(SessionEndedErrorType.fromValue(text(error, "type")))
                .withMessage(text(error, "message")).build();
    }

    private static Error error(JsonNode error) {
        if (error == null || !error.isObject()) {
            return null;
        }
        return Error.builder().withType(ErrorType.fromValue(text(error, "type"))).withMessage(text(error, "message")).build();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** Writes the response envelope: speech, card, reprompt, session flag, directives, and attributes. */
    public void write(Response response, Map<String, Object> sessionAttributes, String userAgent, OutputStream out)
            throws IOException {
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("version", VERSION);
            if (sessionAttributes != null) {
                json.writeFieldName("sessionAttributes");
                mapper.writeValue(json, sessionAttributes);
            }
            json.writeStringField("userAgent", userAgent);
            if (response != null) {
                json.writeFieldName("response");
                writeResponse(json, response);
            }
            json.writeEndObject();
        }
    }

    private void writeResponse(JsonGenerator json, Response response) throws IOException {
        json.writeStartObject();
        writeSpeech(json, "outputSpeech", response.getOutputSpeech());
        if (response.getCard() instanceof SimpleCard card) {
            json.writeObjectFieldStart("card");
            json.writeStringField("type", "Simple");
            json.writeStringField("title", card.getTitle());
            json.writeStringField("content", card.getContent());
            json.writeEndObject();
        }
        if (response.getReprompt() != null) {
            json.writeObjectFieldStart("reprompt");
            writeSpeech(json, "outputSpeech", response.getReprompt().getOutputSpeech());
            json.writeEndObject();
        }
        if (response.getDirectives() != null && !response.getDirectives().isEmpty()) {
            json.writeFieldName("directives");
            mapper.writeValue(json, response.getDirectives());
        }
        if (response.getShouldEndSession() != null) {
            json.writeBooleanField("shouldEndSession", response.getShouldEndSession());
        }
        json.writeEndObject();
    }

    private static void writeSpeech(JsonGenerator json, String field, OutputSpeech speech) throws IOException {
        if (speech instanceof SsmlOutputSpeech ssml) {
            json.writeObjectFieldStart(field);
            json.writeStringField("type", "SSML");
            json.writeStringField("ssml", ssml.getSsml());
            json.writeEndObject();
        }
    }
}
