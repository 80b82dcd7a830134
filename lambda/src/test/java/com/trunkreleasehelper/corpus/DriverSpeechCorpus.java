package com.trunkreleasehelper.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.trunkreleasehelper.content.Guide;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.testing.Envelopes;

import java.util.ArrayList;
import java.util.List;

/**
 * What drivers say, in one locale: {@code corpus/<locale>.json}, each case where in the conversation
 * ({@code at}: a node id, or {@code new} for a one-shot in a fresh session), what the driver says, the
 * intent the words mean, and what must happen. Read strictly: a case naming an unknown topic, node or
 * expectation is an error, not a skipped line.
 */
record DriverSpeechCorpus(String locale, List<Case> cases) {

    /** The topics the README's coverage table groups by, in its order. */
    static final List<String> TOPICS = List.of("content answers", "safe place", "unsafe place", "opened", "still stuck",
            "person trapped", "tools and forcing", "fear and panic", "battery", "spare key coming", "how long", "no roadside cover", "no phone",
            "police non-emergency", "bare numbers", "skill suggestions", "navigation", "asked by name", "call help", "help on the way",
            "start phrases mid-guide", "stop");
    /** {@code at} for a one-shot request in a new session with no state. */
    static final String NEW_SESSION = "new";
    /** One thing a driver says: where, the words, the intent they mean, and what must happen. */
    record Case(String topic, String at, String say, String intent, Expect expect) {
        @Override
        public String toString() {
            return "at " + at + ": \"" + say + "\"";
        }
    }

    /**
     * Where the conversation must be after the turn ({@code node}, null when only the ending matters),
     * whether the first sentence must carry the emergency number, and whether the session must end.
     */
    record Expect(String node, boolean emergencyFirst, boolean ends) {
    }

    static DriverSpeechCorpus load(String locale) {
        String file = "corpus/" + locale + ".json";
        JsonNode json = Envelopes.resource(file);
        if (!locale.equals(json.path("locale").asText())) {
            throw new IllegalStateException(file + " says it is for \"" + json.path("locale").asText() + "\"");
        }
        Guide guide = new Guides().forLocale(locale);
        List<Case> cases = new ArrayList<>();
        for (JsonNode c : json.path("cases")) {
            cases.add(read(file, guide, c));
        }
        return new DriverSpeechCorpus(locale, List.copyOf(cases));
    }

    private static Case read(String file, Guide guide, JsonNode c) {
        String topic = c.path("topic").asText();
        String at = c.path("at").asText();
        String say = c.path("say").asText();
        JsonNode expect = c.path("expect");
        String node = expect.path("node").asText(null);
        boolean ends = expect.path("ends").asBoolean(false);
        String where = file + " " + c;
        require(TOPICS.contains(topic), where, "the topic is not one of " + TOPICS);
        require(NEW_SESSION.equals(at) || isNode(guide, at), where, "\"at\" is neither a node nor \"new\"");
        require(!say.isBlank() && !c.path("intent").asText().isBlank(), where, "\"say\" and \"intent\" are required");
        require(node == null || isNode(guide, node), where, "the expected node does not exist");
        require(node != null || ends, where, "\"expect\" needs a node or \"ends\"");
        return new Case(topic, at, say, c.path("intent").asText(),
                new Expect(node, expect.path("emergencyFirst").asBoolean(false), ends));
    }

    private static boolean isNode(Guide guide, String id) {
        return guide.hasNode(id);
    }

    private static void require(boolean condition, String where, String problem) {
        if (!condition) {
            throw new IllegalStateException(where + ": " + problem);
        }
    }
}
