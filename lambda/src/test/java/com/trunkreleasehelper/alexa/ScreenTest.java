package com.trunkreleasehelper.alexa;

import com.trunkreleasehelper.testing.Handlers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.testing.Envelopes;
import com.trunkreleasehelper.testing.LocalSession;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.LogLines;
import com.trunkreleasehelper.testing.ResponseChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The step on screen for devices with APL, nothing for devices without, and cards for the phone app. */
class ScreenTest {

    private static final JsonNode DEVICES = Envelopes.resource("requests/devices.json");
    private static final JsonNode DOCUMENT = Envelopes.resource("apl/step.json");
    private final LogLines logs = new LogLines();
    private final TrunkReleaseHelperHandler handler = Handlers.forEnvironment(Map.of(), logs);

    /** A request as this device sends it: its supported interfaces, and its viewport if it has a screen. */
    static ObjectNode from(String device, ObjectNode envelope) {
        JsonNode spec = DEVICES.get(device);
        ObjectNode context = envelope.with("context");
        context.with("System").with("device").set("supportedInterfaces", spec.get("supportedInterfaces").deepCopy());
        if (spec.has("Viewport")) {
            context.set("Viewport", spec.get("Viewport").deepCopy());
        }
        return envelope;
    }

    private AlexaResponse atStep(String device, int step) {
        return atStep(device, step, "en-US");
    }

    private AlexaResponse atStep(String device, int step, String locale) {
        LocalSession session = new LocalSession(handler, locale);
        session.send(from(device, Envelopes.launch()));
        AlexaResponse r = new AlexaResponse(session.send(from(device, Envelopes.intent(ModelIntent.GO_TO_STEP.intentName(),
                Map.of(ModelIntent.GO_TO_STEP.slot().orElseThrow(), String.valueOf(step))))));
        ResponseChecks.assertValid(r);
        return r;
    }

    @ParameterizedTest(name = "Echo Show 8, step {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void anEchoShowGetsTheStepOnScreen(int step) {
        JsonNode apl = atStep("echo-show-8", step).aplDirective();

        assertThat(apl).isNotNull();
        JsonNode data = apl.path("datasources").path("step");
        assertThat(data.path("heading").asText()).isEqualTo("Step " + step + " of 7");
        assertThat(data.path("progressPercent").asLong()).isEqualTo(Math.round(step * 100.0 / 7));
        assertThat(data.path("text").asText()).isNotBlank();
        assertThat(data.path("buttons")).extracting(b -> b.path("action").asText()).containsExactly("next", "repeat", "callHelp");
        assertThat(apl.path("document").path("mainTemplate").path("parameters").get(0).asText()).isEqualTo("step");
    }

    @ParameterizedTest(name = "Echo Dot, step {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void anEchoDotNeverGetsAnAplDirectiveButTheCardShowsTheStep(int step) {
        AlexaResponse r = atStep("echo-dot", step);

        assertThat(r.aplDirective()).isNull();
        assertThat(r.json().path("response").path("directives").isMissingNode()).isTrue();
        assertThat(r.json().path("response").path("card").path("type").asText()).isEqualTo("Standard");
        assertThat(r.cardTitle()).startsWith("Step " + step + " of 7: ");
        assertThat(r.cardText()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} gets layout {1}")
    @CsvSource({"echo-spot-round, round", "echo-show-5, wide", "echo-show-8, wide", "fire-tv, wide"})
    void theLayoutFollowsTheRequestsViewport(String device, String layout) {
        assertThat(atStep(device, 3).aplDirective().path("datasources").path("step").path("layout").asText()).isEqualTo(layout);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"en-US, 911", "en-GB, 999", "en-AU, 000", "en-IN, 112", "es-US, 911"})
    void theEmergencyAnswerShowsTheNumberLarge(String locale, String number) {
        LocalSession session = new LocalSession(handler, locale);
        AlexaResponse r = new AlexaResponse(session.send(from("echo-show-8", Envelopes.intent(ModelIntent.EMERGENCY.intentName(), Map.of()))));

        assertThat(r.aplDirective().path("datasources").path("step").path("emphasis").asText()).isEqualTo(number);
    }

    @Test
    void everyBindingTheDocumentUsesIsInTheDatasource() {
        JsonNode data = atStep("echo-show-8", 4).aplDirective().path("datasources").path("step");
        Set<String> fields = new HashSet<>();
        data.fieldNames().forEachRemaining(fields::add);
        Set<String> buttonFields = new HashSet<>();
        data.path("buttons").get(0).fieldNames().forEachRemaining(buttonFields::add);

        assertThat(bindings("step")).isNotEmpty().isSubsetOf(fields);
        assertThat(bindings("data")).isNotEmpty().isSubsetOf(buttonFields);
    }

    @Test
    void theDocumentHasNoWordsOfItsOwn() {
        Matcher texts = Pattern.compile("\"text\"\\s*:\\s*\"([^\"]*)\"").matcher(DOCUMENT.toString());
        while (texts.find()) {
            assertThat(texts.group(1)).matches("\\$\\{[^}]+}");
        }
    }

    @ParameterizedTest(name = "touching {0}")
    @CsvSource({"next, Step 5", "repeat, Step 4", "callHelp, Call roadside assistance"})
    void everyButtonTheDocumentCanSendIsHandledLikeTheSpokenIntent(String argument, String answer) {
        LocalSession session = new LocalSession(handler, "en-US");
        session.send(from("echo-show-8", Envelopes.launch()));
        session.send(from("echo-show-8", Envelopes.intent(ModelIntent.GO_TO_STEP.intentName(), Map.of(ModelIntent.GO_TO_STEP.slot().orElseThrow(), "4"))));

        AlexaResponse response = new AlexaResponse(session.send(from("echo-show-8", userEvent(argument))));

        ResponseChecks.assertValid(response);
        assertThat(response.speech()).startsWith(answer);
        assertThat(logs.events("turn")).last()
                .satisfies(line -> assertThat(line.path("requestType").asText()).isEqualTo("Alexa.Presentation.APL.UserEvent"));
        assertThat(logs.events("unhandled_request")).isEmpty();
    }

    @Test
    void anUnknownButtonIsAFallbackNotAnError() {
        LocalSession session = new LocalSession(handler, "en-US");
        session.send(from("echo-show-8", Envelopes.launch()));

        assertThat(new AlexaResponse(session.send(from("echo-show-8", userEvent("selfDestruct")))).speech())
                .startsWith("Sorry, I didn't catch that.");
    }

    @Test
    void theDoneAndCallHelpCardsCarryTheNumbersAndResources() {
        LocalSession session = new LocalSession(handler, "en-US");
        AlexaResponse help = new AlexaResponse(session.send(Envelopes.intent(ModelIntent.CALL_HELP.intentName(), Map.of())));
        session.send(Envelopes.intent(ModelIntent.GO_TO_STEP.intentName(), Map.of(ModelIntent.GO_TO_STEP.slot().orElseThrow(), "3")));
        AlexaResponse done = new AlexaResponse(session.send(Envelopes.intent(ModelIntent.YES.intentName(), Map.of())));

        for (AlexaResponse r : new AlexaResponse[]{help, done}) {
            assertThat(r.cardText()).contains("Numbers to call: emergency, 911", "https://www.nhtsa.gov/");
        }
    }

    private static ObjectNode userEvent(String argument) {
        ObjectNode envelope = Envelopes.launch();
        ObjectNode request = envelope.putObject("request");
        request.put("type", "Alexa.Presentation.APL.UserEvent").put("token", "step");
        request.putArray("arguments").add(argument);
        request.putObject("source").put("type", "TouchWrapper").put("handler", "Press");
        return envelope;
    }

    private static Set<String> bindings(String root) {
        Set<String> found = new HashSet<>();
        Matcher m = Pattern.compile("\\$\\{[^}]*?\\b" + root + "\\.(\\w+)").matcher(DOCUMENT.toString());
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
