package com.trunkreleasehelper.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.RejectedRequestException;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.conversation.StateCodec;
import com.trunkreleasehelper.local.Envelopes;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.LogCapture;
import com.trunkreleasehelper.testing.ResponseChecks;
import com.trunkreleasehelper.testing.SkillDriver;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Requests that are not a plain next turn: session ends, errors Alexa reports, damage, foreign skills. */
class RequestEdgeCasesTest {

    private static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
    private final TrunkReleaseHelperHandler handler = TrunkReleaseHelperHandler.forSkillId(null);

    @Test
    void sessionEndedGetsAnEmptyResponseAndKeepsTheStep() {
        AlexaResponse r = invoke(Envelopes.resource("requests/session-ended.json"));

        assertThat(r.ssml()).isNull();
        assertThat(r.node()).isEqualTo("lockout");
    }

    @Test
    void exceptionEncounteredWithoutASessionIsLoggedAndAnsweredEmpty() {
        LogCapture.Captured<AlexaResponse> r =
                LogCapture.capture(() -> invoke(Envelopes.resource("requests/exception-encountered.json")));

        assertThat(r.value().ssml()).isNull();
        assertThat(r.value().sessionAttributes() == null || r.value().sessionAttributes().isEmpty()).isTrue();
        assertThat(r.log()).contains("\"event\":\"alexa_reported_error\"").contains("INVALID_RESPONSE");
    }

    @Test
    void damagedAttributesStartFreshLoggingWhy() {
        ObjectNode request = Envelopes.intent(IntentNames.NEXT, Map.of());
        Envelopes.withAttributes(request, Envelopes.JSON.createObjectNode()
                .set(StateCodec.ATTRIBUTE, Envelopes.JSON.createObjectNode().put("v", 1).put("node", "bogus")));

        LogCapture.Captured<AlexaResponse> r = LogCapture.capture(() -> invoke(request));

        assertThat(r.value().speech()).startsWith("Step 1");
        assertThat(r.log()).contains("\"event\":\"state_reset\"").contains("unknown step");
    }

    @Test
    void attributesItDidNotWriteAreNeverEchoed() {
        ObjectNode request = Envelopes.intent(IntentNames.YES, Map.of());
        Envelopes.withAttributes(request, Envelopes.JSON.createObjectNode().put("junk", "x".repeat(200_000)));

        AlexaResponse r = invoke(request);

        assertThat(r.sessionAttributes().fieldNames()).toIterable().containsExactly(StateCodec.ATTRIBUTE);
    }

    @Test
    void anIntentNotInTheModelIsAnsweredLikeFallback() {
        alexaSays("AMAZON.PauseIntent", "Sorry, I didn't catch that.");
    }

    @Test
    void anUnknownRequestTypeInASessionReasksTheQuestion() {
        ObjectNode request = Envelopes.intent(IntentNames.YES, Map.of());
        ((ObjectNode) request.get("request")).put("type", "Display.ElementSelected").remove("intent");

        AlexaResponse r = invoke(request);

        assertThat(r.speech()).startsWith("Sorry, I didn't catch that.");
    }

    @Test
    void anUnsupportedLocaleIsAnsweredInUsEnglish() {
        SkillDriver german = new SkillDriver("de-DE");

        assertThat(german.launch().speech()).contains("Step 1");
    }

    @Test
    void aDamagedEnvelopeIsRejectedWithOneClearLine() {
        byte[] truncated = Envelopes.launch().toString().substring(0, 120).getBytes(StandardCharsets.UTF_8);

        LogCapture.Captured<Throwable> r = LogCapture.capture(() -> catchThrowable(truncated));

        assertThat(r.value()).isInstanceOf(RejectedRequestException.class)
                .hasMessage("The request is not a readable Alexa request envelope.");
        assertThat(r.value().getStackTrace()).isEmpty();
        assertThat(r.log().strip().lines()).containsExactly(
                "{\"level\":\"WARN\",\"event\":\"request_rejected\",\"reason\":\"unreadable_request\"}");
    }

    @Test
    void theRightSkillIdIsAnswered() {
        AlexaResponse r = SkillDriver.invoke(TrunkReleaseHelperHandler.forSkillId(SKILL_ID), Envelopes.launch());

        assertThat(r.speech()).contains("Step 1");
    }

    @Test
    void anotherSkillIdIsRejected() {
        TrunkReleaseHelperHandler strict = TrunkReleaseHelperHandler.forSkillId("amzn1.ask.skill.someone-else");

        assertThatThrownBy(() -> SkillDriver.invoke(strict, Envelopes.launch()))
                .isInstanceOf(RejectedRequestException.class)
                .hasMessageContaining("another skill ID");
    }

    private Throwable catchThrowable(byte[] body) {
        try {
            SkillDriver.invokeRaw(handler, body);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private void alexaSays(String intent, String expected) {
        AlexaResponse r = invoke(Envelopes.intent(intent, Map.of()));
        assertThat(r.speech()).startsWith(expected);
    }

    private AlexaResponse invoke(JsonNode envelope) {
        AlexaResponse r = SkillDriver.invoke(handler, envelope);
        ResponseChecks.assertValid(r);
        return r;
    }
}
