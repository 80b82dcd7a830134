package com.trunkreleasehelper.alexa.envelope;

import com.amazon.ask.model.Directive;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.canfulfill.CanFulfillIntent;
import com.amazon.ask.model.canfulfill.CanFulfillSlot;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.amazon.ask.model.ui.Card;
import com.amazon.ask.model.ui.OutputSpeech;
import com.amazon.ask.model.ui.PlainTextOutputSpeech;
import com.amazon.ask.model.ui.SimpleCard;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.amazon.ask.model.ui.StandardCard;
import com.fasterxml.jackson.core.JsonGenerator;
import com.trunkreleasehelper.json.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Writes response envelopes by hand, like {@link RequestReader} reads requests. It writes exactly the
 * response parts this skill builds; {@link #requireWritable} refuses anything else while the turn is
 * still being answered, so a response is never silently cut short.
 */
final class ResponseWriter {

    /** The response format version Alexa expects. */
    static final String VERSION = "1.0";
    private static final String RENDER_DOCUMENT = "Alexa.Presentation.APL.RenderDocument";

    private ResponseWriter() {
    }

    static void requireWritable(Response response) {
        requireSpeech(response.getOutputSpeech());
        if (response.getReprompt() != null) {
            requireSpeech(response.getReprompt().getOutputSpeech());
        }
        Card card = response.getCard();
        if (card != null && !(card instanceof StandardCard || card instanceof SimpleCard)) {
            throw new UnwritableResponseException("card", card);
        }
        if (response.getDirectives() != null) {
            for (Directive directive : response.getDirectives()) {
                if (!(directive instanceof RenderDocumentDirective)) {
                    throw new UnwritableResponseException("directive", directive);
                }
            }
        }
    }

    private static void requireSpeech(OutputSpeech speech) {
        if (speech != null && !(speech instanceof SsmlOutputSpeech || speech instanceof PlainTextOutputSpeech)) {
            throw new UnwritableResponseException("speech", speech);
        }
    }

    static void write(Response response, Map<String, Object> sessionAttributes, String userAgent, OutputStream out)
            throws IOException {
        if (response != null) {
            requireWritable(response);
        }
        try (JsonGenerator json = Json.factory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("version", VERSION);
            if (sessionAttributes != null) {
                json.writeFieldName("sessionAttributes");
                Json.write(json, sessionAttributes);
            }
            json.writeStringField("userAgent", userAgent);
            if (response != null) {
                json.writeFieldName("response");
                writeResponse(json, response);
            }
            json.writeEndObject();
        }
    }

    private static void writeResponse(JsonGenerator json, Response response) throws IOException {
        json.writeStartObject();
        writeSpeech(json, response.getOutputSpeech());
        writeCard(json, response.getCard());
        if (response.getReprompt() != null) {
            json.writeObjectFieldStart("reprompt");
            writeSpeech(json, response.getReprompt().getOutputSpeech());
            json.writeEndObject();
        }
        if (response.getDirectives() != null && !response.getDirectives().isEmpty()) {
            json.writeArrayFieldStart("directives");
            for (Directive directive : response.getDirectives()) {
                writeDirective(json, (RenderDocumentDirective) directive);
            }
            json.writeEndArray();
        }
        writeCanFulfill(json, response.getCanFulfillIntent());
        if (response.getShouldEndSession() != null) {
            json.writeBooleanField("shouldEndSession", response.getShouldEndSession());
        }
        json.writeEndObject();
    }

    private static void writeCard(JsonGenerator json, Card card) throws IOException {
        if (card instanceof StandardCard standard) {
            writeStrings(json, "card", "type", "Standard", "title", standard.getTitle(), "text", standard.getText());
        } else if (card instanceof SimpleCard simple) {
            writeStrings(json, "card", "type", "Simple", "title", simple.getTitle(), "content", simple.getContent());
        }
    }

    /** {@code "name": {key: value, …}} from alternating keys and values. */
    private static void writeStrings(JsonGenerator json, String name, String... keysAndValues) throws IOException {
        json.writeObjectFieldStart(name);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            json.writeStringField(keysAndValues[i], keysAndValues[i + 1]);
        }
        json.writeEndObject();
    }

    private static void writeCanFulfill(JsonGenerator json, CanFulfillIntent answer) throws IOException {
        if (answer == null) {
            return;
        }
        json.writeObjectFieldStart("canFulfillIntent");
        json.writeStringField("canFulfill", answer.getCanFulfillAsString());
        json.writeObjectFieldStart("slots");
        if (answer.getSlots() != null) {
            for (Map.Entry<String, CanFulfillSlot> slot : answer.getSlots().entrySet()) {
                writeStrings(json, slot.getKey(), "canUnderstand", slot.getValue().getCanUnderstandAsString(),
                        "canFulfill", slot.getValue().getCanFulfillAsString());
            }
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeDirective(JsonGenerator json, RenderDocumentDirective render) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", RENDER_DOCUMENT);
        json.writeStringField("token", render.getToken());
        json.writeFieldName("document");
        Json.write(json, render.getDocument());
        json.writeFieldName("datasources");
        Json.write(json, render.getDatasources());
        json.writeEndObject();
    }

    private static void writeSpeech(JsonGenerator json, OutputSpeech speech) throws IOException {
        if (speech instanceof SsmlOutputSpeech ssml) {
            writeStrings(json, "outputSpeech", "type", "SSML", "ssml", ssml.getSsml());
        } else if (speech instanceof PlainTextOutputSpeech text) {
            writeStrings(json, "outputSpeech", "type", "PlainText", "text", text.getText());
        }
    }
}
