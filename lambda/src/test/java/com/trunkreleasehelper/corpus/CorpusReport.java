package com.trunkreleasehelper.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** The corpus run as the README shows it: passed/cases per topic and locale, and words per spoken turn. */
final class CorpusReport {

    /** One case's result; {@code words} is what Alexa said in that turn, in words (null when nothing was said). */
    record Outcome(DriverSpeechCorpus.Case c, boolean passed, String detail, Integer words) {
    }

    private CorpusReport() {
    }

    /** A Markdown table, a row per topic and a column per locale, each cell "passed/cases". */
    static String coverage(Map<String, List<Outcome>> byLocale) {
        StringBuilder out = new StringBuilder("| topic |");
        StringJoiner rule = new StringJoiner("|", "|", "|\n").add("---");
        byLocale.keySet().forEach(locale -> {
            out.append(' ').append(locale).append(" |");
            rule.add("---:");
        });
        out.append('\n').append(rule);
        for (String topic : DriverSpeechCorpus.TOPICS) {
            out.append("| ").append(topic).append(" |");
            byLocale.values().forEach(outcomes -> out.append(' ').append(cell(outcomes.stream()
                    .filter(o -> o.c().topic().equals(topic)).toList())).append(" |"));
            out.append('\n');
        }
        out.append("| **all** |");
        byLocale.values().forEach(outcomes -> out.append(" **").append(cell(outcomes)).append("** |"));
        return out.append('\n').toString();
    }

    /** Median and longest turn in spoken words, per locale and over every locale. */
    static String brevity(Map<String, List<Outcome>> byLocale) {
        StringBuilder out = new StringBuilder("| words per turn |");
        StringJoiner rule = new StringJoiner("|", "|", "|\n").add("---");
        List<Integer> all = new ArrayList<>();
        byLocale.keySet().forEach(locale -> {
            out.append(' ').append(locale).append(" |");
            rule.add("---:");
        });
        out.append(" all |\n").append(rule.add("---:"));
        StringBuilder median = new StringBuilder("| median |");
        StringBuilder max = new StringBuilder("| max |");
        for (List<Outcome> outcomes : byLocale.values()) {
            List<Integer> words = spoken(outcomes);
            all.addAll(words);
            median.append(' ').append(median(words)).append(" |");
            max.append(' ').append(max(words)).append(" |");
        }
        median.append(' ').append(median(all)).append(" |\n");
        max.append(' ').append(max(all)).append(" |\n");
        return out.append(median).append(max).toString();
    }

    /** Every failed case, one per line, with what went wrong. */
    static String failures(String locale, List<Outcome> outcomes) {
        StringJoiner out = new StringJoiner("\n");
        outcomes.stream().filter(o -> !o.passed())
                .forEach(o -> out.add("[" + locale + "] " + o.c().topic() + ", " + o.c() + ": " + o.detail()));
        return out.toString();
    }

    private static String cell(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::passed).count() + "/" + outcomes.size();
    }

    private static List<Integer> spoken(Collection<Outcome> outcomes) {
        return outcomes.stream().map(Outcome::words).filter(w -> w != null).toList();
    }

    static String median(List<Integer> words) {
        if (words.isEmpty()) {
            return "-";
        }
        List<Integer> sorted = new ArrayList<>(words);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
        return median == Math.rint(median) ? String.valueOf((int) median) : String.valueOf(median);
    }

    private static String max(List<Integer> words) {
        return words.isEmpty() ? "-" : String.valueOf(Collections.max(words));
    }
}
