package com.trunkreleasehelper.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves what a driver says to an intent the way the Alexa service does with the model's own words and
 * nothing else: a sample must match the whole utterance (after lower case, punctuation dropped, hyphens
 * to spaces), a slot placeholder matching one of its custom type's values or synonyms, or a number for
 * AMAZON.NUMBER. Never by shared words or a score: what no sample covers is not understood (with the
 * closest sample as a hint), and an utterance two intents match is ambiguous.
 */
public final class StrictUtterances {

    /** AMAZON.NUMBER, the one built-in slot type the models use. */
    public static final String NUMBER = "AMAZON.NUMBER";
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    /** What an utterance resolved to. */
    public sealed interface Resolution permits Understood, NotUnderstood, Ambiguous {
    }

    /** One intent, with every slot the intent declares; slots the utterance did not fill have no value. */
    public record Understood(String intent, String sample, List<SlotValue> slots) implements Resolution {
        public Optional<SlotValue> slot(String name) {
            return slots.stream().filter(s -> s.name().equals(name)).findFirst();
        }
    }

    /** No sample matches; {@code closest} is the sample nearest in words, only ever a hint. */
    public record NotUnderstood(String closest) implements Resolution {
    }

    /** Samples of more than one intent match: the model is at fault, not the driver. */
    public record Ambiguous(List<Understood> matches) implements Resolution {
    }

    /**
     * A slot as Alexa fills it: {@code said} is the words heard (null when unfilled); {@code value} is the
     * number in digits for AMAZON.NUMBER, else the same words; {@code id} and {@code canonical} are the
     * custom value they resolved to (an ER_SUCCESS_MATCH), null for built-in types.
     */
    public record SlotValue(String name, String type, String said, String value, String id, String canonical) {
        public boolean filled() {
            return said != null;
        }
    }

    private record Entity(String id, String canonical) {
    }

    private record Sample(String intent, String text, List<String> tokens) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private final Map<String, Map<String, String>> slotTypesByIntent = new HashMap<>();
    private final Map<String, Map<String, Entity>> values = new HashMap<>();
    private final SpokenNumbers numbers;

    /** The project's interaction model for {@code locale}, with that language's numbers. */
    public static StrictUtterances forLocale(String locale) {
        return new StrictUtterances(ProjectFiles.json(ProjectFiles.interactionModel(locale)), SpeechWords.forLocale(locale).numbers());
    }

    public StrictUtterances(JsonNode model, SpokenNumbers numbers) {
        this.numbers = numbers;
        JsonNode language = model.path("interactionModel").path("languageModel");
        for (JsonNode type : language.path("types")) {
            values.put(type.path("name").asText(), entities(type));
        }
        for (JsonNode intent : language.path("intents")) {
            String name = intent.path("name").asText();
            Map<String, String> slots = new LinkedHashMap<>();
            for (JsonNode slot : intent.path("slots")) {
                String type = slot.path("type").asText();
                if (!NUMBER.equals(type) && !values.containsKey(type)) {
                    throw new IllegalArgumentException(name + "." + slot.path("name").asText() + " has type " + type
                            + ", which is neither AMAZON.NUMBER nor a custom type of the model");
                }
                slots.put(slot.path("name").asText(), type);
            }
            slotTypesByIntent.put(name, slots);
            for (JsonNode sample : intent.path("samples")) {
                String text = normalize(sample.asText());
                List<String> tokens = Arrays.asList(text.split(" "));
                for (String token : tokens) {
                    Matcher m = SLOT.matcher(token);
                    if (m.matches() && !slots.containsKey(m.group(1))) {
                        throw new IllegalArgumentException(name + " sample \"" + sample.asText() + "\" names an undeclared slot");
                    }
                }
                samples.add(new Sample(name, sample.asText(), tokens));
            }
        }
    }

    public Resolution resolve(String utterance) {
        List<String> words = words(utterance);
        Map<String, Understood> byIntent = new LinkedHashMap<>();
        for (Sample sample : samples) {
            if (byIntent.containsKey(sample.intent())) {
                continue;
            }
            Map<String, List<String>> filled = new HashMap<>();
            if (!words.isEmpty() && matches(sample, 0, words, 0, filled)) {
                byIntent.put(sample.intent(), understood(sample, filled));
            }
        }
        if (byIntent.size() == 1) {
            return byIntent.values().iterator().next();
        }
        return byIntent.isEmpty() ? new NotUnderstood(closest(words)) : new Ambiguous(List.copyOf(byIntent.values()));
    }

    /** Lower case, typographic apostrophes made plain, hyphens and other punctuation turned to spaces. */
    public static String normalize(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = SLOT.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(plain(text.substring(last, m.start()))).append(' ').append(m.group()).append(' ');
            last = m.end();
        }
        return out.append(plain(text.substring(last))).toString().replaceAll("\\s+", " ").trim();
    }

    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{M}\\p{N}' ]", " ");
    }

    private static List<String> words(String utterance) {
        String text = normalize(utterance.replace("{", " ").replace("}", " "));
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(" "));
    }

    /** Whether tokens from {@code t} on match words from {@code w} on exactly, slots taking one or more words. */
    private boolean matches(Sample sample, int t, List<String> words, int w, Map<String, List<String>> filled) {
        if (t == sample.tokens().size()) {
            return w == words.size();
        }
        String token = sample.tokens().get(t);
        Matcher slot = SLOT.matcher(token);
        if (!slot.matches()) {
            return w < words.size() && token.equals(words.get(w)) && matches(sample, t + 1, words, w + 1, filled);
        }
        String type = slotTypesByIntent.get(sample.intent()).get(slot.group(1));
        for (int end = w + 1; end <= words.size(); end++) {
            List<String> said = words.subList(w, end);
            if (fits(type, said)) {
                filled.put(slot.group(1), said);
                if (matches(sample, t + 1, words, end, filled)) {
                    return true;
                }
                filled.remove(slot.group(1));
            }
        }
        return false;
    }

    private boolean fits(String type, List<String> said) {
        return NUMBER.equals(type) ? numbers.parse(said).isPresent() : values.get(type).containsKey(String.join(" ", said));
    }

    private Understood understood(Sample sample, Map<String, List<String>> filled) {
        List<SlotValue> slots = new ArrayList<>();
        slotTypesByIntent.get(sample.intent()).forEach((name, type) -> {
            List<String> said = filled.get(name);
            if (said == null) {
                slots.add(new SlotValue(name, type, null, null, null, null));
            } else if (NUMBER.equals(type)) {
                slots.add(new SlotValue(name, type, String.join(" ", said), numbers.parse(said).orElseThrow(), null, null));
            } else {
                String words = String.join(" ", said);
                Entity entity = values.get(type).get(words);
                slots.add(new SlotValue(name, type, words, words, entity.id(), entity.canonical()));
            }
        });
        return new Understood(sample.intent(), sample.text(), List.copyOf(slots));
    }

    /** The sample with the fewest word edits from the utterance; a slot placeholder stands for any one word. */
    private String closest(List<String> words) {
        return samples.stream()
                .min(Comparator.comparingInt((Sample s) -> edits(s.tokens(), words)).thenComparingInt(s -> s.tokens().size()))
                .map(Sample::text).orElse("");
    }

    private static int edits(List<String> tokens, List<String> words) {
        int[] previous = new int[words.size() + 1];
        int[] current = new int[words.size() + 1];
        for (int j = 0; j <= words.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= tokens.size(); i++) {
            current[0] = i;
            boolean slot = SLOT.matcher(tokens.get(i - 1)).matches();
            for (int j = 1; j <= words.size(); j++) {
                int substitute = previous[j - 1] + (slot || tokens.get(i - 1).equals(words.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[words.size()];
    }

    private static Map<String, Entity> entities(JsonNode type) {
        Map<String, Entity> out = new HashMap<>();
        for (JsonNode value : type.path("values")) {
            String canonical = value.path("name").path("value").asText();
            String id = value.path("id").asText(canonical);
            List<String> phrases = new ArrayList<>(List.of(canonical));
            value.path("name").path("synonyms").forEach(s -> phrases.add(s.asText()));
            for (String phrase : phrases) {
                Entity previous = out.put(normalize(phrase), new Entity(id, canonical));
                if (previous != null && !previous.id().equals(id)) {
                    throw new IllegalArgumentException(type.path("name").asText() + " gives \"" + phrase + "\" to both "
                            + previous.id() + " and " + id);
                }
            }
        }
        return out;
    }
}
