package com.trunkreleasehelper.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small stand-in for Alexa's language understanding, for typing at the skill: exact sample match,
 * then samples with slots, then the closest sample by shared words, else AMAZON.FallbackIntent.
 */
public final class IntentMatcher {

    public static final String FALLBACK = "AMAZON.FallbackIntent";
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
    private static final double CLOSE_ENOUGH = 0.6;

    /** The intent and slot values a line of text resolved to. */
    public record Match(String intent, Map<String, String> slots) {
    }

    private record Sample(String intent, String text, Pattern pattern, List<String> slots) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, String> numberWords = new HashMap<>();

    /**
     * @param model       an interaction model ({@code interactionModel.languageModel.intents})
     * @param builtins    phrases people say for built-in intents: {intent: [phrase, ...]}
     * @param numberWords the locale's words for 0, 1, 2... (what AMAZON.NUMBER turns into digits)
     */
    public IntentMatcher(JsonNode model, JsonNode builtins, JsonNode numberWords) {
        for (int i = 0; i < numberWords.size(); i++) {
            this.numberWords.put(numberWords.get(i).asText(), String.valueOf(i));
        }
        for (JsonNode intent : model.path("interactionModel").path("languageModel").path("intents")) {
            for (JsonNode sample : intent.path("samples")) {
                add(intent.get("name").asText(), sample.asText());
            }
        }
        builtins.fields().forEachRemaining(e -> e.getValue().forEach(p -> add(e.getKey(), p.asText())));
    }

    private void add(String intent, String sample) {
        String text = normalize(sample);
        List<String> slots = new ArrayList<>();
        Matcher m = SLOT.matcher(text);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(text.substring(last, m.start()))).append("(.+?)");
            slots.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(text.substring(last)));
        if (slots.isEmpty()) {
            exact.putIfAbsent(text, intent);
        }
        samples.add(new Sample(intent, text, Pattern.compile(regex.toString()), slots));
    }

    public Match match(String line) {
        String text = normalize(line);
        String intent = exact.get(text);
        if (intent != null) {
            return new Match(intent, Map.of());
        }
        for (Sample s : samples) {
            Matcher m = s.pattern().matcher(text);
            if (!s.slots().isEmpty() && m.matches()) {
                Map<String, String> slots = new LinkedHashMap<>();
                for (int i = 0; i < s.slots().size(); i++) {
                    slots.put(s.slots().get(i), numberWords.getOrDefault(m.group(i + 1), m.group(i + 1)));
                }
                return new Match(s.intent(), slots);
            }
        }
        return closest(text);
    }

    private Match closest(String text) {
        Set<String> words = new HashSet<>(Arrays.asList(text.split(" ")));
        double best = 0;
        String intent = FALLBACK;
        for (Sample s : samples) {
            if (!s.slots().isEmpty()) {
                continue;
            }
            Set<String> other = new HashSet<>(Arrays.asList(s.text().split(" ")));
            long shared = words.stream().filter(other::contains).count();
            double score = (double) shared / Math.max(words.size(), other.size());
            if (score > best) {
                best = score;
                intent = s.intent();
            }
        }
        return new Match(best >= CLOSE_ENOUGH ? intent : FALLBACK, Map.of());
    }

    static String normalize(String text) {
        return lowerOutsideSlots(text)
                .replaceAll("[^\\p{L}\\p{N}'{} ]", " ")
                .replaceAll("\\s+", " ")
                .trim();
    }

    /** Lower case, except slot references such as {stepNumber}, whose names are case-sensitive. */
    private static String lowerOutsideSlots(String text) {
        Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(text.substring(last, m.start()).toLowerCase(Locale.ROOT)).append(m.group());
            last = m.end();
        }
        return out.append(text.substring(last).toLowerCase(Locale.ROOT)).toString();
    }
}
