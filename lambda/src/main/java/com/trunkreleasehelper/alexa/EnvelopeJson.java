package com.trunkreleasehelper.alexa;

import com.amazon.ask.model.Application;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Directive;
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
import com.amazon.ask.model.interfaces.alexa.presentation.apl.AlexaPresentationAplInterface;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import com.amazon.ask.model.interfaces.system.Error;
import com.amazon.ask.model.interfaces.system.ErrorType;
import com.amazon.ask.model.interfaces.system.ExceptionEncounteredRequest;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.amazon.ask.model.interfaces.viewport.ViewportState;
import com.amazon.ask.model.ui.OutputSpeech;
import com.amazon.ask.model.ui.StandardCard;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    private static final String APL_INTERFACE = "Alexa.Presentation.APL";
    private static final String USER_EVENT = "Alexa.Presentation.APL.UserEvent";
    private static final String RENDER_DOCUMENT = "Alexa.Presentation.APL.RenderDocument";

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
                .withContext(context(root.get("context")))
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

    /**
     * Only what the skill reads: the skill and user IDs, whether the device renders APL, and its viewport.
     * The access token is never read.
     */
    private static Context context(JsonNode context) {
        JsonNode system = context == null ? null : context.get("System");
        if (system == null || !system.isObject()) {
            return null;
        }
        SupportedInterfaces.Builder interfaces = SupportedInterfaces.builder();
        if (system.path("device").path("supportedInterfaces").path(APL_INTERFACE).isObject()) {
            interfaces.withAlexaPresentationAPL(AlexaPresentationAplInterface.builder().build());
        }
        return Context.builder().withViewport(viewport(context.get("Viewport"))).withSystem(SystemState.builder()
                .withApplication(Application.builder().withApplicationId(text(system.path("application"), "applicationId")).build())
                .withUser(User.builder().withUserId(text(system.path("user"), "userId")).build())
                .withDevice(Device.builder().withDeviceId(text(system.path("device"), "deviceId"))
                        .withSupportedInterfaces(interfaces.build()).build())
                .build()).build();
    }

    private static ViewportState viewport(JsonNode viewport) {
        if (viewport == null || !viewport.isObject()) {
            return null;
        }
        JsonNode width = viewport.get("pixelWidth");
        JsonNode height = viewport.get("pixelHeight");
        return ViewportState.builder()
                .withShape(text(viewport, "shape"))
                .withPixelWidth(width != null && width.isNumber() ? width.decimalValue() : null)
                .withPixelHeight(height != null && height.isNumber() ? height.decimalValue() : null)
                .build();
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
            case USER_EVENT -> UserEvent.builder().withRequestId(id).withLocale(locale)
                    .withToken(text(request, "token")).withArguments(arguments(request.get("arguments"))).build();
            default -> new UnsupportedRequest(type, id, locale);
        };
    }

    /** The button arguments as text; anything else in the list is kept as its JSON text. */
    private static List<Object> arguments(JsonNode arguments) {
        List<Object> out = new ArrayList<>();
        if (arguments != null && arguments.isArray()) {
            arguments.forEach(a -> out.add(a.isTextual() ? a.asText() : a.toString()));
        }
        return out;
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
        if (response.getCard() instanceof StandardCard card) {
            json.writeObjectFieldStart("card");
            json.writeStringField("type", "Standard");
            json.writeStringField("title", card.getTitle());
            json.writeStringField("text", card.getText());
            json.writeEndObject();
        }
        if (response.getReprompt() != null) {
            json.writeObjectFieldStart("reprompt");
            writeSpeech(json, "outputSpeech", response.getReprompt().getOutputSpeech());
            json.writeEndObject();
        }
        if (response.getDirectives() != null && !response.getDirectives().isEmpty()) {
            json.writeArrayFieldStart("directives");
            for (Directive directive : response.getDirectives()) {
                writeDirective(json, directive);
            }
            json.writeEndArray();
        }
        if (response.getShouldEndSession() != null) {
            json.writeBooleanField("shouldEndSession", response.getShouldEndSession());
        }
        json.writeEndObject();
    }

    /** The one directive this skill sends, written by hand like the rest of the response. */
    private void writeDirective(JsonGenerator json, Directive directive) throws IOException {
        if (!(directive instanceof RenderDocumentDirective render)) {
            throw new IllegalArgumentException("no writer for " + directive.getClass().getSimpleName());
        }
        json.writeStartObject();
        json.writeStringField("type", RENDER_DOCUMENT);
        json.writeStringField("token", render.getToken());
        json.writeFieldName("document");
        mapper.writeValue(json, render.getDocument());
        json.writeFieldName("datasources");
        mapper.writeValue(json, render.getDatasources());
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
