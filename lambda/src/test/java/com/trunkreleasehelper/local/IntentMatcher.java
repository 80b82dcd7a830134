package com.trunkreleasehelper.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.trunkreleasehelper.testing.SpokenNumbers;
import com.trunkreleasehelper.testing.StrictUtterances;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lenient matcher behind {@code scripts/talk --lenient}: exact sample match, then samples with slots
 * taking any words, then the closest sample by shared words, else AMAZON.FallbackIntent. It accepts
 * phrasings no sample covers, which Alexa would not; the default is {@link StrictUtterances}.
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
    private final SpokenNumbers numbers;

    /**
     * @param model   an interaction model ({@code interactionModel.languageModel.intents})
     * @param numbers the locale's numbers (what AMAZON.NUMBER turns into digits)
     */
    public IntentMatcher(JsonNode model, SpokenNumbers numbers) {
        this.numbers = numbers;
        for (JsonNode intent : model.path("interactionModel").path("languageModel").path("intents")) {
            for (JsonNode sample : intent.path("samples")) {
                add(intent.get("name").asText(), sample.asText());
            }
        }
    }

    private void add(String intent, String sample) {
        String text = StrictUtterances.normalize(sample);
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
        } else if (SLOT.matcher(text).replaceAll("").isBlank()) {
            return; // a bare "{item}" would take any line at all
        }
        samples.add(new Sample(intent, text, Pattern.compile(regex.toString()), slots));
    }

    public Match match(String line) {
        String text = StrictUtterances.normalize(line);
        String intent = exact.get(text);
        if (intent != null) {
            return new Match(intent, Map.of());
        }
        for (Sample s : samples) {
            Matcher m = s.pattern().matcher(text);
            if (!s.slots().isEmpty() && m.matches()) {
                Map<String, String> slots = new LinkedHashMap<>();
                for (int i = 0; i < s.slots().size(); i++) {
                    String said = m.group(i + 1);
                    slots.put(s.slots().get(i), numbers.parse(Arrays.asList(said.split(" "))).orElse(said));
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
}
