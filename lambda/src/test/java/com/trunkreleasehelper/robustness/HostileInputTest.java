package com.trunkreleasehelper.robustness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.RejectedRequestException;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.alexa.IntentNames;
import com.trunkreleasehelper.conversation.StateCodec;
import com.trunkreleasehelper.local.Envelopes;
import com.trunkreleasehelper.local.LocalSession;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.LogCapture;
import com.trunkreleasehelper.testing.ResponseChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each kind of bad input, one by one: a clear rejection when nothing can be read, else an answer. */
class HostileInputTest {

    private final TrunkReleaseHelperHandler handler = TrunkReleaseHelperHandler.forSkillId(null);

    private void rejected(String body) {
        LogCapture.Captured<Throwable> r = LogCapture.capture(() -> {
            try {
                LocalSession.invokeRaw(handler, body.getBytes(StandardCharsets.UTF_8));
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        assertThat(r.value()).isInstanceOf(RejectedRequestException.class);
        assertThat(r.log().strip().lines()).hasSize(1).allMatch(l -> l.contains("request_rejected"));
        assertThat(AliveCheck.answers(handler)).isTrue();
    }

    private AlexaResponse answered(ObjectNode envelope) {
        AlexaResponse r = new AlexaResponse(LogCapture.capture(() -> LocalSession.invoke(handler, envelope)).value());
        ResponseChecks.assertValid(r);
        assertThat(r.ssml()).as("the driver hears something").isNotBlank();
        return r;
    }

    private static ObjectNode midWalk(Consumer<ObjectNode> damage) {
        ObjectNode envelope = Envelopes.withAttributes(Envelopes.intent(IntentNames.NEXT, Map.of()),
                Envelopes.resource("requests/session-ended.json").get("session").get("attributes"));
        damage.accept(envelope);
        return envelope;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"version\":\"1.0\",\"request\":{\"type\":\"Launch", "[1, 2, 3]", "\"text\"", "42",
            "null", "{}", "{\"version\": \"1.0\"}", "{\"request\": \"LaunchRequest\"}", "{\"request\": {\"type\": 7}}"})
    void unreadableEnvelopesAreRejectedWithOneLine(String body) {
        rejected(body);
    }

    @Test
    void wrongTypesInSessionFieldsStillGetAnAnswer() {
        answered(midWalk(e -> e.with("session").put("new", "yes").put("sessionId", 5)));
        answered(midWalk(e -> e.with("session").putArray("attributes").add(1)));
        answered(midWalk(e -> e.with("session").put("user", "nobody")));
        answered(midWalk(e -> e.put("context", "nowhere")));
    }

    @Test
    void wrongTypesInRequestFieldsStillGetAnAnswer() {
        answered(midWalk(e -> e.with("request").put("locale", 42)));
        answered(midWalk(e -> e.with("request").put("intent", "AMAZON.NextIntent")));
        answered(midWalk(e -> e.with("request").with("intent").put("slots", "three")));
        answered(midWalk(e -> e.with("request").with("intent").put("name", 12)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-3", "0", "8", "99999999999999999999999", "three", "3.5", "NaN"})
    void anyStepNumberIsAnsweredAndKeepsTheDriverWhereTheyAre(String value) {
        ObjectNode envelope = midWalk(e -> e.with("request").with("intent").put("name", IntentNames.GO_TO_STEP)
                .putObject("slots").putObject(IntentNames.STEP_NUMBER_SLOT).put("name", IntentNames.STEP_NUMBER_SLOT)
                .put("value", value));

        AlexaResponse r = answered(envelope);

        assertThat(r.speech()).startsWith("There are 7 steps.");
        assertThat(r.node()).isEqualTo("lockout");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "xx-YY", "", "english", "e", "en-US-x-twang", "\u0000"})
    void anyLocaleIsAnswered(String locale) {
        assertThat(answered(Envelopes.withLocale(Envelopes.launch(), locale)).speech()).contains("1");
    }

    @Test
    void stateOfAnUnknownVersionStartsFresh() {
        ObjectNode envelope = midWalk(e -> ((ObjectNode) e.get("session").get("attributes").get(StateCodec.ATTRIBUTE))
                .put("v", 99));

        assertThat(answered(envelope).speech()).startsWith("Step 1");
    }

    @Test
    void hundredsOfKilobytesOfAttributesAreNotEchoed() {
        ObjectNode envelope = midWalk(e -> e.with("session").with("attributes").put("blob", "x".repeat(400_000)));

        AlexaResponse r = answered(envelope);

        assertThat(r.node()).isEqualTo("inside");
        assertThat(r.json().toString().length()).isLessThan(ResponseChecks.MAX_RESPONSE_BYTES);
    }

    @Test
    void anotherSkillsRequestIsRejectedAndTheRightOneAnswered() {
        TrunkReleaseHelperHandler strict = TrunkReleaseHelperHandler.forSkillId("amzn1.ask.skill.mine");
        ObjectNode mine = Envelopes.launch();
        mine.with("context").with("System").with("application").put("applicationId", "amzn1.ask.skill.mine");

        assertThat(new AlexaResponse(LocalSession.invoke(strict, mine)).speech()).contains("Step 1");
        assertThatThrownBy(() -> LogCapture.capture(() -> LocalSession.invoke(strict, Envelopes.launch())))
                .isInstanceOf(RejectedRequestException.class).hasMessageContaining("another skill ID");
    }

    /** After any bad input, the same handler still answers a plain launch. */
    static final class AliveCheck {
        static boolean answers(TrunkReleaseHelperHandler handler) {
            return LogCapture.capture(() -> LocalSession.invoke(handler, Envelopes.launch())).value()
                    .path("response").has("outputSpeech");
        }
    }
}
