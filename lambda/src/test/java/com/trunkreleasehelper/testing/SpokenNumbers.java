package com.trunkreleasehelper.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Numbers as AMAZON.NUMBER hears them in one language: digits ("4"), a number word ("four", "veintiuno"),
 * tens and units ("twenty one", "treinta y uno"), or a run of digit words ("one one two" is 112).
 * The slot value is the number in digits, as Alexa sends it.
 */
public final class SpokenNumbers {

    private final Map<String, Integer> words;
    private final Map<String, Integer> tens;
    private final String tensJoiner;
    private final List<String> digitWords;

    private SpokenNumbers(Map<String, Integer> words, Map<String, Integer> tens, String tensJoiner, List<String> digitWords) {
        this.words = words;
        this.tens = tens;
        this.tensJoiner = tensJoiner;
        this.digitWords = digitWords;
    }

    /** {@code {"words": [zero, one, ...], "synonyms": {word: n}, "tens": {word: n}, "tensJoiner": "y"}} */
    static SpokenNumbers from(JsonNode spec) {
        Map<String, Integer> words = new HashMap<>();
        List<String> digitWords = new ArrayList<>();
        JsonNode list = spec.path("words");
        for (int i = 0; i < list.size(); i++) {
            words.put(list.get(i).asText(), i);
            if (i < 10) {
                digitWords.add(list.get(i).asText());
            }
        }
        Map<String, Integer> synonyms = new HashMap<>();
        spec.path("synonyms").fields().forEachRemaining(e -> synonyms.put(e.getKey(), e.getValue().asInt()));
        synonyms.forEach(words::putIfAbsent);
        Map<String, Integer> tens = new HashMap<>();
        spec.path("tens").fields().forEachRemaining(e -> tens.put(e.getKey(), e.getValue().asInt()));
        return new SpokenNumbers(Map.copyOf(words), Map.copyOf(tens), spec.path("tensJoiner").asText(""), List.copyOf(digitWords));
    }

    /** The number these words say, in digits; empty when they are not one number. */
    public Optional<String> parse(List<String> said) {
        if (said.isEmpty()) {
            return Optional.empty();
        }
        if (said.size() == 1 && said.get(0).matches("\\d+")) {
            return Optional.of(said.get(0));
        }
        if (said.size() == 1 && (words.containsKey(said.get(0)) || tens.containsKey(said.get(0)))) {
            return Optional.of(String.valueOf(words.getOrDefault(said.get(0), tens.get(said.get(0)))));
        }
        Optional<String> compound = tensAndUnit(said);
        return compound.isPresent() ? compound : digitRun(said);
    }

    /** The locale's word for a digit, as a voice reads a number digit by digit ("nine one one"). */
    public String digitWord(int digit) {
        return digitWords.get(digit);
    }

    private Optional<String> tensAndUnit(List<String> said) {
        List<String> unit = said.subList(1, said.size());
        if (!tensJoiner.isEmpty() && unit.size() == 2 && unit.get(0).equals(tensJoiner)) {
            unit = unit.subList(1, 2);
        }
        Integer ten = tens.get(said.get(0));
        Integer one = unit.size() == 1 ? words.get(unit.get(0)) : null;
        return ten != null && one != null && one > 0 && one < 10 ? Optional.of(String.valueOf(ten + one)) : Optional.empty();
    }

    private Optional<String> digitRun(List<String> said) {
        StringBuilder digits = new StringBuilder();
        for (String word : said) {
            Integer value = words.get(word);
            if (value == null || value > 9) {
                return Optional.empty();
            }
            digits.append(value);
        }
        return Optional.of(digits.toString());
    }
}
