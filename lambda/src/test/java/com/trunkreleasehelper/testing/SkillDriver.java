package com.trunkreleasehelper.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.local.Envelopes;
import com.trunkreleasehelper.local.LocalContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Talks to the skill through the Lambda entry point, turn by turn, the way the Alexa service does: each
 * request carries the session attributes of the previous response. Every response is checked for validity.
 */
public final class SkillDriver {

    private final TrunkReleaseHelperHandler handler;
    private final String locale;
    private JsonNode attributes;
    private boolean sessionOpen;

    public SkillDriver() {
        this("en-US");
    }

    public SkillDriver(String locale) {
        this(TrunkReleaseHelperHandler.forSkillId(null), locale);
    }

    public SkillDriver(TrunkReleaseHelperHandler handler, String locale) {
        this.handler = handler;
        this.locale = locale;
    }

    public AlexaResponse launch() {
        return send(Envelopes.launch());
    }

    public AlexaResponse say(String intent) {
        return send(Envelopes.intent(intent, Map.of()));
    }

    public AlexaResponse say(String intent, String slot, String value) {
        return send(Envelopes.intent(intent, Map.of(slot, value)));
    }

    /** Sends in the current session (a new one if the last response ended it) and keeps the attributes. */
    public AlexaResponse send(ObjectNode envelope) {
        Envelopes.withLocale(envelope, locale);
        if (sessionOpen) {
            Envelopes.withAttributes(envelope, attributes);
        } else {
            Envelopes.newSession(envelope);
        }
        AlexaResponse response = invoke(handler, envelope);
        ResponseChecks.assertValid(response);
        attributes = response.sessionAttributes();
        sessionOpen = !response.sessionEnds();
        return response;
    }

    public JsonNode attributes() {
        return attributes;
    }

    public static AlexaResponse invoke(TrunkReleaseHelperHandler handler, JsonNode envelope) {
        return new AlexaResponse(readJson(invokeRaw(handler, envelope.toString().getBytes())));
    }

    public static byte[] invokeRaw(TrunkReleaseHelperHandler handler, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(body), out, new LocalContext());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static JsonNode readJson(byte[] body) {
        try {
            return Envelopes.JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("the response is not JSON: " + new String(body), e);
        }
    }
}
