package com.trunkreleasehelper.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.RejectedRequestException;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.alexa.ModelIntent;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.content.Phrase;
import com.trunkreleasehelper.conversation.StateCodec;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.Envelopes;
import com.trunkreleasehelper.testing.Handlers;
import com.trunkreleasehelper.testing.LocalSession;
import com.trunkreleasehelper.testing.LogLines;
import com.trunkreleasehelper.testing.ResponseChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of bad or unusual input, one by one, through the Lambda entry point: a clear rejection when
 * nothing can be read, else an answer; session ends, Alexa's error reports, damage and foreign skills.
 */
class HostileInputTest {

    private static final String US_WELCOME = new Guides().forLocale("en-US").phrase(Phrase.WELCOME);

    private final LogLines logs = new LogLines();
    private final TrunkReleaseHelperHandler handler = Handlers.forEnvironment(Map.of(), logs);

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"version\":\"1.0\",\"request\":{\"type\":\"Launch", "[1, 2, 3]", "\"text\"", "42",
            "null", "{}", "{\"version\": \"1.0\"}", "{\"request\": \"LaunchRequest\"}", "{\"request\": {\"type\": 7}}"})
    void unreadableEnvelopesAreRejectedWithOneLineAndNoStackTrace(String body) {
        Throwable failure = rejection(handler, body.getBytes(StandardCharsets.UTF_8));

        assertThat(failure).isInstanceOf(RejectedRequestException.class)
                .hasMessage("The request is not a readable Alexa request envelope.");
        assertThat(failure.getStackTrace()).isEmpty();
        assertThat(logs.json()).singleElement().satisfies(line -> {
            assertThat(line.path("event").asText()).isEqualTo("request_rejected");
            assertThat(line.path("reason").asText()).isEqualTo("unreadable_request");
            assertThat(line.path("awsRequestId").asText()).isNotBlank();
        });
        assertThat(answersALaunch(handler)).as("the process stays healthy").isTrue();
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
        String slot = ModelIntent.GO_TO_STEP.slot().orElseThrow();
        ObjectNode envelope = midWalk(e -> e.with("request").with("intent").put("name", ModelIntent.GO_TO_STEP.intentName())
                .putObject("slots").putObject(slot).put("name", slot).put("value", value));

        AlexaResponse r = answered(envelope);

        assertThat(r.speech()).startsWith("There are 7 steps.");
        assertThat(r.node()).isEqualTo("lockout");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "xx-YY", "", "english", "e", "en-US-x-twang", "\u0000"})
    void anUnsupportedOrMalformedLocaleIsAnsweredInUsEnglish(String locale) {
        AlexaResponse r = answered(Envelopes.withLocale(Envelopes.launch(), locale));

        assertThat(r.speech()).startsWith(US_WELCOME).contains("Step 1:");
    }

    @Test
    void sessionEndedGetsAnEmptyResponseAndKeepsTheStep() {
        AlexaResponse r = answered(Envelopes.resource("requests/session-ended.json"), false);

        assertThat(r.ssml()).isNull();
        assertThat(r.node()).isEqualTo("lockout");
    }

    @Test
    void sessionEndedWithAnErrorIsLoggedWithItsType() {
        ObjectNode ended = (ObjectNode) Envelopes.resource("requests/session-ended.json").deepCopy();
        ((ObjectNode) ended.get("request")).put("reason", "ERROR").putObject("error")
                .put("type", "INVALID_RESPONSE").put("message", "SSML is not well formed");

        answered(ended, false);

        assertThat(logs.events("session_ended_with_error")).singleElement().satisfies(line -> {
            assertThat(line.path("reason").asText()).isEqualTo("ERROR");
            assertThat(line.path("errorType").asText()).isEqualTo("INVALID_RESPONSE");
        });
    }

    @Test
    void exceptionEncounteredWithoutASessionIsLoggedAndAnsweredEmpty() {
        AlexaResponse r = answered(Envelopes.resource("requests/exception-encountered.json"), false);

        assertThat(r.ssml()).isNull();
        assertThat(r.sessionAttributes() == null || r.sessionAttributes().isEmpty()).isTrue();
        assertThat(logs.events("alexa_reported_error")).singleElement()
                .satisfies(line -> assertThat(line.path("errorType").asText()).isEqualTo("INVALID_RESPONSE"));
    }

    @Test
    void damagedStateStartsFreshLoggingWhy() {
        ObjectNode envelope = midWalk(e -> e.with("session").with("attributes")
                .set(StateCodec.ATTRIBUTE, Envelopes.JSON.createObjectNode().put("v", 1).put("node", "bogus")));

        assertThat(answered(envelope).speech()).startsWith("Step 1");
        assertThat(logs.events("state_reset")).singleElement()
                .satisfies(line -> assertThat(line.path("reason").asText()).contains("unknown step"));
    }

    @Test
    void stateOfAnUnknownVersionStartsFresh() {
        ObjectNode envelope = midWalk(e -> ((ObjectNode) e.get("session").get("attributes").get(StateCodec.ATTRIBUTE))
                .put("v", 99));

        assertThat(answered(envelope).speech()).startsWith("Step 1");
    }

    @Test
    void hundredsOfKilobytesOfForeignAttributesAreNeverEchoed() {
        ObjectNode envelope = midWalk(e -> e.with("session").with("attributes").put("blob", "x".repeat(400_000)));

        AlexaResponse r = answered(envelope);

        assertThat(r.node()).isEqualTo("inside");
        assertThat(r.sessionAttributes().fieldNames()).toIterable().containsExactly(StateCodec.ATTRIBUTE);
        assertThat(r.json().toString().length()).isLessThan(ResponseChecks.MAX_RESPONSE_BYTES);
    }

    @Test
    void anIntentNotInTheModelIsAnsweredLikeFallbackAndLogged() {
        AlexaResponse r = answered(midWalk(e -> e.with("request").with("intent").put("name", "AMAZON.PauseIntent")));

        assertThat(r.speech()).startsWith("Sorry, I didn't catch that.");
        assertThat(logs.events("unknown_intent")).singleElement()
                .satisfies(line -> assertThat(line.path("intent").asText()).isEqualTo("AMAZON.PauseIntent"));
    }

    @Test
    void anUnknownRequestTypeInASessionReasksTheQuestion() {
        ObjectNode envelope = midWalk(e -> ((ObjectNode) e.get("request")).put("type", "Display.ElementSelected").remove("intent"));

        AlexaResponse r = answered(envelope);

        assertThat(r.speech()).startsWith("Sorry, I didn't catch that.").endsWith(r.reprompt());
        assertThat(r.node()).isEqualTo("lockout");
    }

    @Test
    void anotherSkillsRequestIsRejectedAndTheRightOneAnswered() {
        TrunkReleaseHelperHandler strict = Handlers.forEnvironment(Map.of("SKILL_ID", "amzn1.ask.skill.mine"), logs);
        ObjectNode mine = Envelopes.launch();
        mine.with("context").with("System").with("application").put("applicationId", "amzn1.ask.skill.mine");

        assertThat(new AlexaResponse(LocalSession.invoke(strict, mine)).speech()).contains("Step 1");
        assertThat(rejection(strict, Envelopes.launch().toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RejectedRequestException.class).hasMessageContaining("another skill ID");
        assertThat(logs.events("request_rejected")).singleElement()
                .satisfies(line -> assertThat(line.path("reason").asText()).isEqualTo("wrong_skill_id"));
    }

    private AlexaResponse answered(JsonNode envelope) {
        return answered(envelope, true);
    }

    private AlexaResponse answered(JsonNode envelope, boolean speaks) {
        AlexaResponse r = new AlexaResponse(LocalSession.invoke(handler, envelope));
        ResponseChecks.assertValid(r);
        if (speaks) {
            assertThat(r.ssml()).as("the driver hears something").isNotBlank();
        }
        return r;
    }

    /** A request at step 4 of a walk (saying next), damaged by {@code damage}. */
    private static ObjectNode midWalk(Consumer<ObjectNode> damage) {
        ObjectNode envelope = Envelopes.withAttributes(Envelopes.intent(ModelIntent.NEXT.intentName(), Map.of()),
                Envelopes.resource("requests/session-ended.json").get("session").get("attributes"));
        damage.accept(envelope);
        return envelope;
    }

    private static Throwable rejection(TrunkReleaseHelperHandler handler, byte[] body) {
        try {
            LocalSession.invokeRaw(handler, body);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static boolean answersALaunch(TrunkReleaseHelperHandler handler) {
        return LocalSession.invoke(handler, Envelopes.launch()).path("response").has("outputSpeech");
    }
}
