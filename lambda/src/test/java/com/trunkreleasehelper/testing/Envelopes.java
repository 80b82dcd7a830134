package com.trunkreleasehelper.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Alexa request envelopes as the Alexa service sends them, built from the recorded intent request in
 * {@code requests/intent-request.json}: the same fields, with the request, session and locale set per turn.
 */
public final class Envelopes {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectNode TEMPLATE = (ObjectNode) resource("requests/intent-request.json");

    private Envelopes() {
    }

    public static JsonNode resource(String name) {
        try (InputStream in = Envelopes.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    public static ObjectNode intent(String name, Map<String, String> slots) {
        ObjectNode envelope = TEMPLATE.deepCopy();
        ObjectNode intent = (ObjectNode) envelope.with("request").with("intent");
        intent.put("name", name);
        ObjectNode slotNodes = intent.putObject("slots");
        slots.forEach((slot, value) -> {
            ObjectNode node = slotNodes.putObject(slot);
            node.put("name", slot).put("confirmationStatus", "NONE");
            if (value != null) {
                node.put("value", value);
            }
        });
        return fresh(envelope);
    }

    public static ObjectNode launch() {
        ObjectNode envelope = TEMPLATE.deepCopy();
        ObjectNode request = envelope.putObject("request");
        request.put("type", "LaunchRequest");
        return fresh(envelope);
    }

    public static ObjectNode sessionEnded(String reason) {
        ObjectNode envelope = TEMPLATE.deepCopy();
        envelope.putObject("request").put("type", "SessionEndedRequest").put("reason", reason);
        return fresh(envelope);
    }

    /** Marks the envelope as the first request of a new session (no attributes, as Alexa sends it). */
    public static ObjectNode newSession(ObjectNode envelope) {
        ObjectNode session = envelope.with("session");
        session.put("new", true);
        session.remove("attributes");
        return envelope;
    }

    public static ObjectNode withAttributes(ObjectNode envelope, JsonNode attributes) {
        ObjectNode session = envelope.with("session");
        session.put("new", false);
        session.set("attributes", attributes == null ? JSON.createObjectNode() : attributes.deepCopy());
        return envelope;
    }

    public static ObjectNode withLocale(ObjectNode envelope, String locale) {
        ((ObjectNode) envelope.get("request")).put("locale", locale);
        return envelope;
    }

    /** A new request ID and the current time, as every real request has. */
    private static ObjectNode fresh(ObjectNode envelope) {
        ObjectNode request = (ObjectNode) envelope.get("request");
        request.put("requestId", "amzn1.echo-api.request." + UUID.randomUUID());
        request.put("timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        if (!request.has("locale")) {
            request.put("locale", TEMPLATE.get("request").get("locale").asText());
        }
        return envelope;
    }
}
