package com.trunkreleasehelper.alexa;

import com.trunkreleasehelper.testing.Handlers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.testing.Envelopes;
import com.trunkreleasehelper.progress.Deadlines;
import com.trunkreleasehelper.progress.FileProgressStore;
import com.trunkreleasehelper.progress.SavedProgress;
import com.trunkreleasehelper.progress.UserKey;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.SkillDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static com.trunkreleasehelper.FunctionEnvironment.PROGRESS_FILE;
import static org.assertj.core.api.Assertions.assertThat;

/** Progress that survives the end of a session, through the Lambda entry point. */
class ResumeTest {

    private static final String USER_ID = "amzn1.ask.account.AEXAMPLEUSERIDNOTREAL000000000000000000000000";

    @TempDir
    Path dir;

    private TrunkReleaseHelperHandler handler() {
        return Handlers.forEnvironment(Map.of(PROGRESS_FILE, dir.resolve("progress.json").toString()));
    }

    @Test
    void aDriverWhoLeftAtStepFourIsOfferedStepFourAndYesRepeatsIt() {
        TrunkReleaseHelperHandler handler = handler();
        AlexaResponse step4 = SkillDriver.stopAtStepFour(handler);

        SkillDriver again = new SkillDriver(handler, "en-US");
        AlexaResponse welcome = again.launch();

        assertThat(welcome.speech()).isEqualTo("Welcome back. You were on step 4: Check for a trunk lockout. "
                + "Do you want to pick up there?");
        assertThat(welcome.reprompt()).isEqualTo("You were on step 4: Check for a trunk lockout. Do you want to pick up there?");
        assertThat(again.say(ModelIntent.YES.intentName()).speech()).isEqualTo(step4.speech());
    }

    @Test
    void goBackAfterPickingUpWalksBackThroughTheStepsBefore() {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver.stopAtStepFour(handler);

        SkillDriver again = new SkillDriver(handler, "en-US");
        again.launch();
        again.say(ModelIntent.YES.intentName());

        assertThat(again.say(ModelIntent.PREVIOUS.intentName()).speech()).startsWith("Step 3");
        assertThat(again.say(ModelIntent.PREVIOUS.intentName()).speech()).startsWith("Step 2");
    }

    @Test
    void aCarThatCannotMoveAskedAsAOneShotThenYesKeepsTheWayBackToTheSavedStep() {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver.stopAtStepFour(handler);

        SkillDriver oneShot = new SkillDriver(handler, "en-US");
        oneShot.say(ModelIntent.STRANDED.intentName());
        assertThat(oneShot.say(ModelIntent.YES.intentName()).speech()).startsWith("Step 6");

        assertThat(oneShot.say(ModelIntent.PREVIOUS.intentName()).speech()).startsWith("Step 4");
        assertThat(oneShot.say(ModelIntent.PREVIOUS.intentName()).speech()).startsWith("Step 3");
    }

    @Test
    void anItemNamedAsAOneShotWithAStepSavedKeepsTheWayBackToIt() {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver.stopAtStepFour(handler);

        SkillDriver oneShot = new SkillDriver(handler, "en-US");
        assertThat(oneShot.say(ModelIntent.URGENT_ITEM, "insulin").speech()).contains("Step 6");

        assertThat(oneShot.say(ModelIntent.PREVIOUS.intentName()).speech()).startsWith("Step 4");
    }

    @Test
    void noStartsAgainFromSafety() {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver.stopAtStepFour(handler);

        SkillDriver again = new SkillDriver(handler, "en-US");
        again.launch();

        assertThat(again.say(ModelIntent.NO.intentName()).speech()).startsWith("Okay, starting again from step 1. Step 1");
    }

    @Test
    void anEmergencyIsNeverDelayedByTheResumeQuestion() {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver.stopAtStepFour(handler);

        SkillDriver again = new SkillDriver(handler, "en-US");
        assertThat(again.say(ModelIntent.EMERGENCY.intentName()).speech()).startsWith("Call 911 now");
        SkillDriver third = new SkillDriver(handler, "en-US");
        third.launch();
        assertThat(third.say(ModelIntent.CALL_HELP.intentName()).speech()).startsWith("If anyone is in danger, call 911 now. Otherwise, call roadside assistance");
    }

    @Test
    void finishingTheGuideClearsTheSavedProgress() {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver.stopAtStepFour(handler);
        new SkillDriver(handler, "en-US").launchAndSay(ModelIntent.YES, ModelIntent.YES);

        assertThat(new SkillDriver(handler, "en-US").launch().speech()).startsWith("This is Trunk Release Helper");
    }

    @Test
    void notReadyForTheLastStepEndsKindlyAndKeepsStepSix() {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver first = new SkillDriver(handler, "en-US");
        assertThat(first.launchAndSay(ModelIntent.YES, ModelIntent.YES).speech()).contains("Ready for the last step?");

        AlexaResponse notNow = first.say(ModelIntent.NO.intentName());

        assertThat(notNow.sessionEnds()).isTrue();
        assertThat(notNow.speech()).contains("kept your place", "call 911 now", "non-emergency number");
        assertThat(new SkillDriver(handler, "en-US").launch().speech())
                .isEqualTo("Welcome back. You were on step 6: Call professional help. Do you want to pick up there?");
    }

    @Test
    void startOverClearsTheSavedProgress() {
        TrunkReleaseHelperHandler handler = handler();
        new SkillDriver(handler, "en-US").launchAndSay(ModelIntent.YES, ModelIntent.NO, ModelIntent.START_OVER,
                ModelIntent.STOP);

        assertThat(new SkillDriver(handler, "en-US").launch().speech()).startsWith("This is Trunk Release Helper");
    }

    @Test
    void progressOlderThanADayIsNotOffered() {
        Path file = dir.resolve("progress.json");
        new FileProgressStore(file).save(UserKey.of(USER_ID),
                new SavedProgress("lockout", "en-US", Instant.now().minus(25, ChronoUnit.HOURS)), Deadlines.generous());

        assertThat(new SkillDriver(handler(), "en-US").launch().speech()).startsWith("This is Trunk Release Helper");
    }

    @Test
    void twoUsersNeverSeeEachOthersProgress() {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver.stopAtStepFour(handler);

        ObjectNode otherUser = Envelopes.launch();
        otherUser.with("context").with("System").with("user").put("userId", "amzn1.ask.account.SOMEONEELSE");
        otherUser.with("session").with("user").put("userId", "amzn1.ask.account.SOMEONEELSE");

        assertThat(new SkillDriver(handler, "en-US").send(otherUser).speech()).startsWith("This is Trunk Release Helper");
    }
}
