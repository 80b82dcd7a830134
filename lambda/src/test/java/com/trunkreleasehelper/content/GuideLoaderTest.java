package com.trunkreleasehelper.content;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.testing.Envelopes;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared shape and a locale's words merge into a guide, or fail naming the file and the node. */
class GuideLoaderTest {

    private static final String WORDS = "guide/en-GB.json";

    @Test
    void loadsTheUsGuideWithSevenStepsInOrder() {
        Guide guide = new Guides().forLocale("en-US");

        assertThat(guide.steps()).extracting(GuideNode::step).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(guide.start().id()).isEqualTo("safe");
        assertThat(guide.resources()).hasSize(5);
    }

    @Test
    void fillsTheLocalesEmergencyNumberIntoEveryText() {
        Guide guide = new Guides().forLocale("en-GB");

        assertThat(guide.detour(Detour.EMERGENCY).card()).startsWith("Call 999 now");
        for (GuideNode node : guide.nodes()) {
            assertThat(node.say() + node.card()).doesNotContain("{emergency}");
        }
    }

    @Test
    void rejectsAnAnswerLeadingToAMissingNodeAndNamesTheNode() {
        assertBrokenShape(s -> node(s, "lockout").put("no", "nowhere"),
                "node \"lockout\" (step 4): an answer leads to \"nowhere\"");
    }

    @Test
    void rejectsANodeNothingLeadsTo() {
        assertBroken(s -> ((ArrayNode) s.get("nodes")).add(node(s, "done").deepCopy().put("id", "orphan")),
                w -> ((ObjectNode) w.get("nodes")).set("orphan", w.get("nodes").get("done").deepCopy()),
                "node \"orphan\": nothing leads here");
    }

    @Test
    void rejectsADeadEndLoop() {
        assertBrokenShape(s -> node(s, "emergency").put("yes", "emergency").put("no", "emergency"),
                "node \"emergency\": a dead end");
    }

    @Test
    void rejectsAnEmergencyAnswerNotMarkedAsOne() {
        assertBrokenShape(s -> node(s, "worse").remove("emergency"),
                "node \"worse\": the emergency answers must be marked \"emergency\"");
    }

    @Test
    void rejectsAWelcomeAfterAnEmergencyThatIsNotAnEmergencyQuestion() {
        assertBrokenShape(s -> s.put("welcomeAfterEmergency", "safe"),
                "\"welcomeAfterEmergency\" must name an unnumbered emergency node with a question");
    }

    @Test
    void rejectsAStandInForADriverWithNoPhoneThatEndsWhereTheNodeItReplacesAsks() {
        assertBrokenShape(s -> ((ObjectNode) s.get("withoutPhone")).put("emergency", "noPhoneEnd"),
                "withoutPhone.emergency: both must be nodes, and \"noPhoneEnd\" must ask a question where \"emergency\" does");
    }

    @Test
    void rejectsAStandInWithoutRoadsideCoverThatEndsWhereTheNodeItReplacesAsks() {
        assertBrokenShape(s -> ((ObjectNode) s.get("withoutRoadside")).put("proHelp", "later"),
                "withoutRoadside.proHelp: both must be nodes, and \"later\" must ask a question where \"proHelp\" does");
    }

    @Test
    void rejectsAStandInForARescueItemThatEndsWhereTheNodeItReplacesAsks() {
        assertBrokenShape(s -> ((ObjectNode) s.get("withRescueItem")).put("emergencyWaiting", "emergencyEnd"),
                "withRescueItem.emergencyWaiting: both must be nodes, and \"emergencyEnd\" must ask a question where \"emergencyWaiting\" does");
    }

    @Test
    void rejectsAStandInForANodeTheShapeLacks() {
        assertBrokenShape(s -> ((ObjectNode) s.get("withoutRoadside")).put("nowhere", "locksmith"),
                "withoutRoadside.nowhere: both must be nodes, and \"locksmith\" must ask a question where \"nowhere\" does");
    }

    @Test
    void rejectsACheckOfAYesOrANoAfterAMissThatAsksNothing() {
        assertBrokenShape(s -> ((ObjectNode) s.get("yesAfterMiss")).put("urgent", "emergencyEnd"),
                "yesAfterMiss.urgent: both must be nodes with a question");
        assertBrokenShape(s -> ((ObjectNode) s.get("noAfterMiss")).put("urgent", "emergencyEnd"),
                "noAfterMiss.urgent: both must be nodes with a question");
    }

    @Test
    void rejectsATopicWhoseStepHasNoWordsAboutIt() {
        assertBrokenWords(w -> ((ObjectNode) w.get("nodes").get("lockout")).remove("about"),
                "topics.VALET_MODE: \"lockout\" is not a step with words \"about\" it");
    }

    @Test
    void rejectsAQuestionWithoutBothAnswers() {
        assertBrokenShape(s -> node(s, "key").remove("no"), "node \"key\" (step 3): a node with a question needs both");
    }

    @Test
    void rejectsStepsOutOfOrder() {
        assertBrokenShape(s -> node(s, "lockout").put("step", 9), "node \"lockout\" (step 9): steps must be numbered");
    }

    @Test
    void rejectsANodeWithoutWordsNamingTheLocaleAndTheNode() {
        assertBrokenWords(w -> ((ObjectNode) w.get("nodes")).remove("inside"), "node \"inside\": no words for it");
    }

    @Test
    void rejectsWordsForANodeTheShapeDoesNotHave() {
        assertBrokenWords(w -> ((ObjectNode) w.get("nodes")).putObject("detour9").put("title", "x"),
                "words for node \"detour9\", which the guide's shape does not have");
    }

    @Test
    void rejectsAnAnswerTextForANodeThatTakesNoAnswers() {
        assertBrokenWords(w -> ((ObjectNode) w.get("nodes").get("done")).put("yes", "Great."),
                "node \"done\": words for \"yes\", which this node does not take");
    }

    @Test
    void rejectsAMissingText() {
        assertBrokenWords(w -> ((ObjectNode) w.get("nodes").get("inside")).remove("say"), "node \"inside\": \"say\" is missing");
    }

    @Test
    void rejectsAnUnknownPlaceholder() {
        assertBrokenWords(w -> ((ObjectNode) w.get("nodes").get("inside")).put("say", "Call {firebrigade}."),
                "unknown placeholder {firebrigade}");
    }

    @Test
    void rejectsAMissingPhrase() {
        assertBrokenWords(w -> ((ObjectNode) w.get("phrases")).remove("goodbye"), "phrases: \"goodbye\" is missing");
    }

    @Test
    void rejectsAFileThatIsNotJson() {
        assertThatThrownBy(() -> ContentFile.read(WORDS, stream("{\"nodes\": [")))
                .isInstanceOf(InvalidGuideException.class)
                .hasMessageStartingWith(WORDS + ": not valid JSON");
    }

    private static void assertBrokenShape(Consumer<ObjectNode> breakShape, String message) {
        assertBroken(breakShape, w -> { }, message);
    }

    private static void assertBrokenWords(Consumer<ObjectNode> breakWords, String message) {
        assertBroken(s -> { }, breakWords, message);
    }

    private static void assertBroken(Consumer<ObjectNode> breakShape, Consumer<ObjectNode> breakWords, String message) {
        ObjectNode shape = (ObjectNode) Envelopes.resource(GuideShape.RESOURCE).deepCopy();
        ObjectNode words = (ObjectNode) Envelopes.resource(WORDS).deepCopy();
        breakShape.accept(shape);
        breakWords.accept(words);
        assertThatThrownBy(() -> new GuideLoader(GuideShape.read(ContentFile.read(GuideShape.RESOURCE, stream(shape.toString()))))
                .load(ContentFile.read(WORDS, stream(words.toString()))))
                .isInstanceOf(InvalidGuideException.class)
                .hasMessageStartingWith(WORDS + ": ")
                .hasMessageContaining(message);
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode node(ObjectNode shape, String id) {
        for (var n : shape.get("nodes")) {
            if (id.equals(n.get("id").asText())) {
                return (ObjectNode) n;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
