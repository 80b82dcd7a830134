package com.trunkreleasehelper.content;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.local.Envelopes;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuideLoaderTest {

    private static final String EN_US = GuideLoader.resourceName("en-US");

    @Test
    void loadsTheUsGuideWithSevenStepsInOrder() {
        Guide guide = new GuideLoader().loadResource("en-US");

        assertThat(guide.steps()).extracting(GuideNode::step).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(guide.start().id()).isEqualTo("safe");
        assertThat(guide.resources()).hasSize(5);
    }

    @Test
    void fillsTheEmergencyNumberIntoEveryText() {
        Guide guide = new GuideLoader().loadResource("en-US");

        assertThat(guide.detour(Detour.EMERGENCY).say()).startsWith("Call 911 now");
        for (GuideNode node : guide.nodes()) {
            assertThat(node.say() + node.card()).doesNotContain("{emergency}");
        }
    }

    @Test
    void rejectsAnAnswerLeadingToAMissingStepAndNamesTheStep() {
        assertBroken(g -> node(g, "lockout").with("no").put("to", "nowhere"),
                "node \"lockout\" (step 4): an answer leads to \"nowhere\"");
    }

    @Test
    void rejectsANodeNothingLeadsTo() {
        assertBroken(g -> {
            ObjectNode orphan = node(g, "done").deepCopy().put("id", "orphan");
            ((ArrayNode) g.get("nodes")).add(orphan);
        }, "node \"orphan\": nothing leads here");
    }

    @Test
    void rejectsADeadEndLoop() {
        assertBroken(g -> {
            node(g, "emergency").with("yes").put("to", "emergency");
            node(g, "emergency").with("no").put("to", "emergency");
        }, "node \"emergency\": a dead end");
    }

    @Test
    void rejectsAQuestionWithoutBothAnswers() {
        assertBroken(g -> node(g, "key").remove("no"), "node \"key\" (step 3): a node with a question needs both");
    }

    @Test
    void rejectsStepsOutOfOrder() {
        assertBroken(g -> node(g, "lockout").put("step", 9), "node \"lockout\" (step 9): steps must be numbered");
    }

    @Test
    void rejectsAMissingText() {
        assertBroken(g -> node(g, "inside").remove("say"), "node \"inside\": \"say\" is missing");
    }

    @Test
    void rejectsAnUnknownPlaceholder() {
        assertBroken(g -> node(g, "inside").put("say", "Call {firebrigade}."), "unknown placeholder {firebrigade}");
    }

    @Test
    void rejectsAMissingPhrase() {
        assertBroken(g -> ((ObjectNode) g.get("phrases")).remove("goodbye"), "phrases: \"goodbye\" is missing");
    }

    @Test
    void rejectsAFileThatIsNotJson() {
        assertThatThrownBy(() -> load("{\"nodes\": ["))
                .isInstanceOf(InvalidGuideException.class)
                .hasMessageStartingWith("broken.json: not valid JSON");
    }

    private static void assertBroken(Consumer<ObjectNode> breakIt, String message) {
        ObjectNode guide = (ObjectNode) Envelopes.resource(EN_US).deepCopy();
        breakIt.accept(guide);
        assertThatThrownBy(() -> load(guide.toString()))
                .isInstanceOf(InvalidGuideException.class)
                .hasMessageContaining("broken.json: ")
                .hasMessageContaining(message);
    }

    private static Guide load(String json) {
        return new GuideLoader().load("broken.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static ObjectNode node(ObjectNode guide, String id) {
        for (var n : guide.get("nodes")) {
            if (id.equals(n.get("id").asText())) {
                return (ObjectNode) n;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
