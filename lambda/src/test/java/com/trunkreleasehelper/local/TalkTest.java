package com.trunkreleasehelper.local;

import com.trunkreleasehelper.testing.Handlers;
import com.trunkreleasehelper.FunctionEnvironment;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** scripts/talk with piped input: typed lines become intents (strictly, or leniently), and Alexa's answers come back. */
class TalkTest {

    @Test
    void thePipedConversationFromTheReadme() {
        String out = talk("open trunk release helper", "yes", "no", "call help", "stop");

        assertThat(out).contains("(LaunchRequest)", "(AMAZON.YesIntent)", "(AMAZON.NoIntent)",
                "(CallHelpIntent)", "(AMAZON.StopIntent)");
        assertThat(out).contains("alexa> This is Trunk Release Helper", "alexa> Step 2", "alexa> Step 3",
                "alexa> If anyone is in danger, call 911 now. Otherwise, call roadside assistance", "alexa> Okay, goodbye", "(session ended)");
    }

    @Test
    void theWholeGuideFromSafetyToDone() {
        String out = talk("open trunk release helper", "yes", "no", "no", "no", "no", "yes", "yes");

        assertThat(out).contains("alexa> Step 7").contains("(session ended)");
    }

    @Test
    void theUrgentPathAndTheEmergency() {
        String out = talk("open trunk release helper", "yes", "yes", "someone is trapped in the trunk");

        assertThat(out).contains("Then let's not lose time.").contains("(EmergencyIntent {person=someone (SOMEONE)})")
                .contains("alexa> Call 911 now");
    }

    @Test
    void aOneShotRequestStartsItsOwnSession() {
        assertThat(talk("ask trunk release helper who do I call")).contains("(CallHelpIntent)", "alexa> If anyone is in danger, call 911 now. Otherwise, call roadside");
    }

    @Test
    void goToStepFillsTheNumberSlotFromWordsOrDigits() {
        assertThat(talk("open trunk release helper", "go to step five")).contains("stepNumber=5", "alexa> Step 5");
        assertThat(talk("open trunk release helper", "go to step 4")).contains("stepNumber=4", "alexa> Step 4");
    }

    @Test
    void spanishNumberWordsFillTheSlotToo() {
        assertThat(talk("es-US", Handlers.forSkillId(null), "abre ayuda con la cajuela", "ve al paso tres"))
                .contains("stepNumber=3", "alexa> Paso 3");
    }

    @Test
    void slotsAreFilledWithTheValueHeardAndItsId() {
        assertThat(talk("open trunk release helper", "yes", "my insulin pen is in there"))
                .contains("(UrgentItemIntent {item=insulin pen (INSULIN)})");
    }

    @Test
    void whatNoSampleCoversIsTheFallbackIntentWithTheClosestSampleAsAHint() {
        String out = talk("open trunk release helper", "who do i call now", "purple monkey", "yes");

        assertThat(out).contains("you> who do i call now\n      (not understood, so AMAZON.FallbackIntent; the closest sample is \"who do i call\")");
        assertThat(out).contains("alexa> Sorry, I didn't catch that. If anyone is in danger, call 911 now. Please answer yes or no.", "alexa> You can also say");
        assertThat(out).contains("alexa> Step 2");
    }

    @Test
    void lenientMatchingAcceptsWhatSharesEnoughWordsWithASample() {
        String out = talk("en-US", Handlers.forSkillId(null), new Talk.Options(true, null),
                "open trunk release helper", "who do i call now", "purple monkey dishwasher");

        assertThat(out).contains("(CallHelpIntent)", "alexa> If anyone is in danger, call 911 now. Otherwise, call roadside assistance");
        assertThat(out).contains("(AMAZON.FallbackIntent)", "alexa> Sorry, I didn't catch that.");
    }

    @Test
    void quittingAtStepFourAndTalkingAgainOffersToPickUpThereFromTheProgressFile(@TempDir Path dir) {
        Path file = dir.resolve("progress.json");
        Map<String, String> env = Map.of(FunctionEnvironment.PROGRESS_FILE, file.toString());
        Talk.Options options = new Talk.Options(false, file);
        String first = talk("en-US", Handlers.forEnvironment(env), options,
                "open trunk release helper", "yes", "no", "no");

        String second = talk("en-US", Handlers.forEnvironment(env), options, "open trunk release helper", "yes");

        assertThat(first).doesNotContain("picking up");
        assertThat(second).contains("      (picking up saved progress from " + file + ")\nalexa> Welcome back. You were on step 4",
                "alexa> Step 4: look for a trunk lockout");
    }

    @Test
    void aOneShotStartsANewSessionThatOffersTheSavedStep() {
        String out = talk("open trunk release helper", "yes", "ask trunk release helper what can wait", "yes");

        assertThat(out).contains("(WhatCanWaitIntent)", "alexa> These can wait");
        assertThat(out.substring(out.indexOf("These can wait"))).contains("Back to where you were?", "alexa> Step 2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en-US | open trunk release helper | yes | no | someone is trapped in the trunk | Call 911 now",
            "en-CA | open trunk release helper | yes | no | someone is trapped in the trunk | Call 911 now",
            "en-GB | open boot release helper | yes | no | someone is trapped in the boot | Call nine nine nine now",
            "en-AU | open boot release helper | yes | no | someone is trapped in the boot | Call triple zero now",
            "en-IN | open boot release helper | yes | no | someone is trapped in the boot | Call one one two now",
            "es-US | abre ayuda con la cajuela | sí | no | alguien está atrapado en la cajuela | Llame al nueve uno uno"})
    void everyLocaleWalksTheWholeGuideInItsOwnWords(String locale, String open, String yes, String no,
                                                    String trapped, String emergency) {
        String walk = talk(locale, Handlers.forSkillId(null), open, yes, no, no, no, no, yes, yes);
        String help = talk(locale, Handlers.forSkillId(null), trapped);

        assertThat(walk).contains("(LaunchRequest)").doesNotContain("FallbackIntent").contains("(session ended)");
        assertThat(walk.split("alexa> ")).hasSize(9);
        assertThat(help).contains("(EmergencyIntent {person=", "alexa> " + emergency);
    }

    private static String talk(String... lines) {
        return talk(Handlers.forSkillId(null), lines);
    }

    private static String talk(String locale, TrunkReleaseHelperHandler handler, String... lines) {
        return talk(locale, handler, Talk.Options.STRICT, lines);
    }

    private static String talk(String locale, TrunkReleaseHelperHandler handler, Talk.Options options, String... lines) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        new Talk(ProjectFiles.json(ProjectFiles.interactionModel(locale)), locale, handler, options, out)
                .run(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")));
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static String talk(TrunkReleaseHelperHandler handler, String... lines) {
        return talk("en-US", handler, lines);
    }
}
