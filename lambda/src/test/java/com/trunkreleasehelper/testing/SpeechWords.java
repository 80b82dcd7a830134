package com.trunkreleasehelper.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How people talk to Alexa itself in one language, outside any skill's model: the words that open a
 * skill ("open"), that start a one-shot request ("ask ... to"), and the numbers AMAZON.NUMBER hears.
 * Read from {@code speech/<language>.json}.
 */
public record SpeechWords(List<String> launchWords, List<String> oneShotWords, List<String> oneShotConnectors,
                          SpokenNumbers numbers) {

    public static SpeechWords forLocale(String locale) {
        String language = locale.split("[-_]")[0].toLowerCase(Locale.ROOT);
        JsonNode words = Envelopes.resource("speech/" + language + ".json");
        return new SpeechWords(texts(words.path("launchWords")), texts(words.path("oneShotWords")),
                texts(words.path("oneShotConnectors")), SpokenNumbers.from(words.path("numbers")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(w -> out.add(w.asText()));
        return List.copyOf(out);
    }
}
