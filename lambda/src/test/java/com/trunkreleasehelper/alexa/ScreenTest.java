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

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The step on screen for devices whose APL runtime renders the document, laid out for their viewport
 * profile (from {@code Viewport} or {@code Viewports}); nothing for the rest; cards for the phone app.
 */
class ScreenTest {

    private static final JsonNode DOCUMENT = Envelopes.resource("apl/step.json");
    private final LogLines logs = new LogLines();
    private final TrunkReleaseHelperHandler handler = Handlers.forEnvironment(Map.of(), logs);

    private AlexaResponse atStep(String device, int step) {
        return atStep(device, step, "en-US");
    }

    private AlexaResponse atStep(String device, int step, String locale) {
        LocalSession session = new LocalSession(handler, locale);
        session.send(Devices.as(device, Envelopes.launch()));
        AlexaResponse r = new AlexaResponse(session.send(Devices.as(device, Envelopes.intent(ModelIntent.GO_TO_STEP.intentName(),
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
    @CsvSource({"echo-spot, round", "echo-show-5, compact", "echo-show-8, wide", "echo-show-2nd-gen, wide",
            "echo-show-15, wide", "fire-tv, tv"})
    void theLayoutFollowsTheDevicesViewportProfile(String device, String layout) {
        assertThat(layoutFor(device)).isEqualTo(layout);
    }

    @ParameterizedTest(name = "{0} gets layout {1}")
    @CsvSource({"echo-show-5-viewports-only, compact", "echo-show-8-viewports-only, wide", "fire-tv-viewports-only, tv",
            "resizable-window-viewports-only, wide"})
    void aDeviceThatSendsOnlyTheViewportsArrayGetsItsProfilesLayout(String device, String layout) {
        assertThat(layoutFor(device)).isEqualTo(layout);
    }

    @Test
    void aSmallLandscapeHubGetsTheCompactLayoutWithItsButtonsInARow() {
        JsonNode apl = atStep("echo-show-5", 3).aplDirective();

        assertThat(apl.path("datasources").path("step").path("layout").asText()).isEqualTo("compact");
        assertThat(branch(apl.path("document"), "compact").path("buttonDirection").asText()).isEqualTo("row");
    }

    @ParameterizedTest(name = "{0}: {1} by {2} pixels at {3} dpi")
    @CsvSource({"TV, 1920, 1080, 320, tv", "HUB, 1920, 1080, 320, compact", "HUB, 1920, 1080, 160, wide"})
    void aTvIsKnownByItsModeAndItsSizeInDpNotByItsPixels(String mode, int width, int height, int dpi, String layout) {
        ObjectNode envelope = Devices.withScreen(Envelopes.launch(), mode, "RECTANGLE", 0, 0);
        ((ObjectNode) envelope.path("context").path("Viewport")).put("pixelWidth", width).put("pixelHeight", height).put("dpi", dpi);

        assertThat(new AlexaResponse(new LocalSession(handler, "en-US").send(envelope)).aplDirective()
                .path("datasources").path("step").path("layout").asText()).isEqualTo(layout);
    }

    @Test
    void everyLayoutTheSkillChoosesHasItsOwnBranchInTheDocument() {
        Set<String> branches = new HashSet<>();
        for (JsonNode item : DOCUMENT.path("mainTemplate").path("items")) {
            Matcher m = Pattern.compile("\\$\\{step\\.layout == '(\\w+)'}").matcher(item.path("when").asText());
            assertThat(m.matches()).as(item.toString()).isTrue();
            branches.add(m.group(1));
        }

        assertThat(branches).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ViewportProfile.Layout.values()).map(ViewportProfile.Layout::datasourceValue).toList());
    }

    @Test
    void aDeviceOnTheCurrentAplVersionGetsTheScreen() {
        JsonNode apl = atStep("echo-show-8", 2).aplDirective();

        assertThat(apl).isNotNull();
        assertThat(AplVersion.parse(apl.path("document").path("version").asText()))
                .isLessThanOrEqualTo(AplVersion.parse("2023.3"));
    }

    @Test
    void aDeviceOnApl17NeverGetsANewerDocument() {
        JsonNode apl = atStep("echo-show-8-apl-1.7", 2).aplDirective();

        assertThat(apl).as("the document needs nothing newer than 1.7").isNotNull();
        assertThat(AplVersion.parse(apl.path("document").path("version").asText())).isLessThanOrEqualTo(AplVersion.parse("1.7"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"echo-show-8-apl-1.0", "echo-show-8-no-runtime-version"})
    void aDeviceWhoseRuntimeIsOlderThanTheDocumentOrUnstatedGetsTheCardOnly(String device) {
        AlexaResponse r = atStep(device, 2);

        assertThat(r.aplDirective()).isNull();
        assertThat(r.cardTitle()).startsWith("Step 2 of 7: ");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"en-US, 911", "en-GB, 999", "en-AU, 000", "en-IN, 112", "es-US, 911"})
    void theEmergencyAnswerShowsTheNumberLarge(String locale, String number) {
        LocalSession session = new LocalSession(handler, locale);
        AlexaResponse r = new AlexaResponse(session.send(Devices.as("echo-show-8", Envelopes.intent(ModelIntent.EMERGENCY.intentName(), Map.of()))));

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
    @CsvSource({"next, Step 5", "repeat, Step 4", "callHelp, If anyone is in danger"})
    void everyButtonTheDocumentCanSendIsHandledLikeTheSpokenIntent(String argument, String answer) {
        LocalSession session = new LocalSession(handler, "en-US");
        session.send(Devices.as("echo-show-8", Envelopes.launch()));
        session.send(Devices.as("echo-show-8", Envelopes.intent(ModelIntent.GO_TO_STEP.intentName(), Map.of(ModelIntent.GO_TO_STEP.slot().orElseThrow(), "4"))));

        AlexaResponse response = new AlexaResponse(session.send(Devices.as("echo-show-8", userEvent(argument))));

        ResponseChecks.assertValid(response);
        assertThat(response.speech()).startsWith(answer);
        assertThat(logs.events("turn")).last()
                .satisfies(line -> assertThat(line.path("requestType").asText()).isEqualTo("Alexa.Presentation.APL.UserEvent"));
        assertThat(logs.events("unhandled_request")).isEmpty();
    }

    @Test
    void anUnknownButtonIsAFallbackNotAnError() {
        LocalSession session = new LocalSession(handler, "en-US");
        session.send(Devices.as("echo-show-8", Envelopes.launch()));

        assertThat(new AlexaResponse(session.send(Devices.as("echo-show-8", userEvent("selfDestruct")))).speech())
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

    private String layoutFor(String device) {
        return atStep(device, 3).aplDirective().path("datasources").path("step").path("layout").asText();
    }

    /** The mainTemplate item the document inflates for this layout. */
    private static JsonNode branch(JsonNode document, String layout) {
        for (JsonNode item : document.path("mainTemplate").path("items")) {
            if (item.path("when").asText().equals("${step.layout == '" + layout + "'}")) {
                return item;
            }
        }
        throw new AssertionError("no branch for layout " + layout);
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
