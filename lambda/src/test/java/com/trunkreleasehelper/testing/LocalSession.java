package com.trunkreleasehelper.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One user talking to the skill as the Alexa service would relay it: requests go through the Lambda
 * entry point, and each carries the session attributes of the previous response until a response ends
 * the session.
 */
public final class LocalSession {

    private final TrunkReleaseHelperHandler handler;
    private final String locale;
    private JsonNode attributes;
    private boolean open;

    public LocalSession(TrunkReleaseHelperHandler handler, String locale) {
        this.handler = handler;
        this.locale = locale;
    }

    /** Sends in the current session (a new one when the last response ended it) and returns the response. */
    public JsonNode send(ObjectNode envelope) {
        Envelopes.withLocale(envelope, locale);
        if (open) {
            Envelopes.withAttributes(envelope, attributes);
        } else {
            Envelopes.newSession(envelope);
        }
        JsonNode response = invoke(handler, envelope);
        attributes = response.get("sessionAttributes");
        JsonNode end = response.path("response").path("shouldEndSession");
        open = end.isBoolean() && !end.asBoolean();
        return response;
    }

    public boolean isOpen() {
        return open;
    }

    public JsonNode attributes() {
        return attributes;
    }

    public static JsonNode invoke(TrunkReleaseHelperHandler handler, JsonNode envelope) {
        byte[] body = invokeRaw(handler, envelope.toString().getBytes(StandardCharsets.UTF_8));
        try {
            return Envelopes.JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("the response is not JSON: " + new String(body, StandardCharsets.UTF_8), e);
        }
    }

    /** Calls the handler exactly as the Lambda Java runtime does: input stream, output stream, context. */
    public static byte[] invokeRaw(TrunkReleaseHelperHandler handler, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(body), out, new LocalContext());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
