package com.trunkreleasehelper.testing;

import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.util.JacksonSerializer;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What Alexa requires of every response, and what the voice rules require of every spoken turn. */
public final class ResponseChecks {

    public static final int MAX_SPEECH_CHARS = 8_000;
    public static final int MAX_CARD_CHARS = 8_000;
    public static final int MAX_RESPONSE_BYTES = 24 * 1024;
    /** The voice rules: no turn over 50 spoken words, and one question per turn. */
    public static final int MAX_WORDS = 50;

    /** The ASK SDK's own serializer: every response must be one it reads. */
    private static final JacksonSerializer SDK = new JacksonSerializer();

    private ResponseChecks() {
    }

    public static void assertValid(AlexaResponse r) {
        String body = r.json().toString();
        SDK.deserialize(body, ResponseEnvelope.class);
        assertTrue(body.getBytes(StandardCharsets.UTF_8).length <= MAX_RESPONSE_BYTES, "response over 24 KB");
        assertTrue("1.0".equals(r.json().path("version").asText()), "version 1.0");
        if (r.ssml() == null) {
            assertNull(r.repromptSsml(), "a reprompt without speech");
            return;
        }
        assertTrue(r.ssml().length() <= MAX_SPEECH_CHARS, "speech over 8,000 characters");
        Ssml.parse(r.ssml());
        assertTrue(words(r.speech()) <= MAX_WORDS, "over " + MAX_WORDS + " words: " + r.speech());
        assertTrue(r.speech().chars().filter(c -> c == '?').count() <= 1, "more than one question: " + r.speech());
        if (r.sessionEnds()) {
            assertNull(r.repromptSsml(), "a reprompt on a turn that ends the session");
        } else {
            assertNotNull(r.repromptSsml(), "no reprompt on a turn that keeps the session open: " + r.speech());
            Ssml.parse(r.repromptSsml());
            assertFalse(r.reprompt().isBlank(), "empty reprompt");
        }
        if (r.cardTitle() != null) {
            assertTrue(r.cardTitle().length() + r.cardText().length() <= MAX_CARD_CHARS, "card over 8,000 characters");
        }
    }

    /** The median of some turns' word counts. */
    public static double median(List<Integer> words) {
        List<Integer> sorted = words.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    public static int words(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
