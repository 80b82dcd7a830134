package com.trunkreleasehelper.alexa;

import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.Handlers;
import com.trunkreleasehelper.testing.IntentEnvelope;
import com.trunkreleasehelper.testing.SkillDriver;
import com.trunkreleasehelper.testing.StrictUtterances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.trunkreleasehelper.alexa.ModelIntent.CALL_HELP;
import static com.trunkreleasehelper.alexa.ModelIntent.EMERGENCY;
import static com.trunkreleasehelper.alexa.ModelIntent.FALLBACK;
import static com.trunkreleasehelper.alexa.ModelIntent.HELP;
import static com.trunkreleasehelper.alexa.ModelIntent.HOW_LONG;
import static com.trunkreleasehelper.alexa.ModelIntent.START_GUIDE;
import static com.trunkreleasehelper.alexa.ModelIntent.GO_TO_STEP;
import static com.trunkreleasehelper.alexa.ModelIntent.NEXT;
import static com.trunkreleasehelper.alexa.ModelIntent.NO;
import static com.trunkreleasehelper.alexa.ModelIntent.EVERYONE_SAFE;
import static com.trunkreleasehelper.alexa.ModelIntent.NOT_NOW;
import static com.trunkreleasehelper.alexa.ModelIntent.PANIC;
import static com.trunkreleasehelper.alexa.ModelIntent.POLICE;
import static com.trunkreleasehelper.alexa.ModelIntent.PREVIOUS;
import static com.trunkreleasehelper.alexa.ModelIntent.REPEAT;
import static com.trunkreleasehelper.alexa.ModelIntent.START_OVER;
import static com.trunkreleasehelper.alexa.ModelIntent.STOP;
import static com.trunkreleasehelper.alexa.ModelIntent.WHAT_NOT_TO_DO;
import static com.trunkreleasehelper.alexa.ModelIntent.WHICH_STEP;
import static com.trunkreleasehelper.alexa.ModelIntent.YES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole conversations through the Lambda entry point, with real request envelopes and the session
 * attributes of each response carried into the next request, as the Alexa service does.
 */
class WholeConversationTest {

    private final SkillDriver alexa = new SkillDriver();

    @Test
    void theFullWalkFromSafetyToTheTrunkOpening() {
        assertThat(alexa.launch().speech()).contains("Step 1").endsWith("Are you stopped somewhere safe?");
        assertThat(alexa.say(YES).speech()).startsWith("Step 2");
        assertThat(alexa.say(NO).speech()).startsWith("Step 3");
        assertThat(alexa.say(NO).speech()).startsWith("Step 4");
        assertThat(alexa.say(NO).speech()).startsWith("Step 5");
        assertThat(alexa.say(NO).speech()).startsWith("Step 6");
        assertThat(alexa.say(YES).speech()).startsWith("Step 7").contains("911");
        AlexaResponse end = alexa.say(YES);

        assertThat(end.sessionEnds()).isTrue();
        assertThat(end.cardText()).contains("https://www.ecfr.gov/");
    }

    @Test
    void itOpenedAtStepFourEndsWithWhatCanWait() {
        alexa.launch();
        alexa.say(YES);
        alexa.say(NO);
        alexa.say(NO);
        AlexaResponse done = alexa.say(YES);

        assertThat(done.speech()).startsWith("Good, you're in").contains("can all wait");
        assertThat(done.sessionEnds()).isTrue();
    }

    @Test
    void theUrgentPathGoesStraightToProfessionalHelp() {
        alexa.launch();
        alexa.say(YES);
        AlexaResponse urgent = alexa.say(YES);

        assertThat(urgent.speech()).startsWith("Then let's not lose time.").contains("Step 6").contains("roadside assistance");
        assertThat(urgent.cardTitle()).isEqualTo("Step 6 of 7: Call professional help");
        assertThat(urgent.node()).isEqualTo("proHelp");
    }

    @Test
    void anItemNamedWithAnEmergencyIsStillKnownBackInTheSteps() {
        alexa.launch();
        StrictUtterances model = StrictUtterances.forLocale("en-US");
        AlexaResponse emergency = alexa.send(IntentEnvelope.of((StrictUtterances.Understood)
                model.resolve("my daughter is having an allergic reaction and her epipen is in the trunk")));
        alexa.say(YES);
        alexa.say(YES);

        assertThat(emergency.speech()).startsWith("Call 911 now");
        assertThat(alexa.say(YES).speech()).startsWith("If anyone needs it right now, call 911.").contains("Step 6");
    }

    @Test
    void whatToDoOrHelpAfterAMisunderstandingLeadWithTheEmergencyNumber() {
        alexa.launch();
        alexa.say(GO_TO_STEP, "3");
        for (ModelIntent asked : new ModelIntent[]{START_GUIDE, HELP}) {
            alexa.say(FALLBACK);
            assertThat(alexa.say(asked).speech()).as(asked.name()).startsWith("If anyone is in danger, call 911 now.");
        }
        assertThat(alexa.say(HELP).speech()).as("help answers nothing: the miss still stands").startsWith("If anyone is in danger");
        alexa.say(NO);
        assertThat(alexa.say(HELP).speech()).as("answered since").doesNotContain("911");
    }

    @Test
    void theNotSafePathWaitsForTheDriverToPark() {
        alexa.launch();
        AlexaResponse wait = alexa.say(NO);

        assertThat(wait.speech()).startsWith("If anyone is in danger, call 911 now.").contains("If you can't, turn on your hazard lights")
                .endsWith("Say \"next\" when you're stopped.");
        assertThat(wait.reprompt()).isEqualTo("Are you stopped somewhere safe?");
        assertThat(alexa.say(NEXT).speech()).startsWith("Step 2");
    }

    @ParameterizedTest(name = "call help from step {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void callHelpFromEveryStepThenBackToIt(int step) {
        alexa.launch();
        alexa.say(GO_TO_STEP, String.valueOf(step));
        AlexaResponse help = alexa.say(CALL_HELP);

        assertThat(help.speech()).contains("roadside assistance").contains("locksmith").contains("911");
        assertThat(help.reprompt()).isEqualTo("Back to where you were?");
        assertThat(alexa.say(YES).speech()).startsWith("Step " + step);
    }

    @ParameterizedTest(name = "emergency from step {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void emergencyFromEveryStepSaysCall911First(int step) {
        alexa.launch();
        alexa.say(GO_TO_STEP, String.valueOf(step));
        AlexaResponse emergency = alexa.say(EMERGENCY);

        assertThat(emergency.speech()).startsWith("Call 911 now");
        assertThat(emergency.sessionEnds()).isFalse();
    }

    @Test
    void repeatPreviousStartOverAndGoToStep() {
        alexa.launch();
        alexa.say(YES);
        AlexaResponse step3 = alexa.say(NO);

        assertThat(alexa.say(REPEAT).speech()).isEqualTo(step3.speech());
        assertThat(alexa.say(PREVIOUS).speech()).startsWith("Step 2");
        assertThat(alexa.say(GO_TO_STEP, "5").speech()).startsWith("Step 5");
        assertThat(alexa.say(WHICH_STEP).speech()).startsWith("You're on step 5 of 7");
        assertThat(alexa.say(START_OVER).speech()).startsWith("Step 1");
    }

    @Test
    void nextHowLongAndSideQuestionsWhileHelpComesNeverLeadBackToTheSteps() {
        TrunkReleaseHelperHandler handler = Handlers.inMemory();
        SkillDriver parent = new SkillDriver(handler, "en-US");
        String waiting = parent.launchAndSay(EMERGENCY, YES).speech();

        assertThat(parent.say(NEXT).speech()).isEqualTo(waiting);
        assertThat(parent.say(HOW_LONG).speech()).as("the dispatcher knows").isEqualTo(waiting);
        assertThat(parent.say(PANIC).speech()).as("one breath, then what to do").isEqualTo("Take a slow breath. " + waiting);
        assertThat(parent.say(POLICE).node()).isEqualTo("police");
        assertThat(parent.say(YES).speech()).as("back to where you were").isEqualTo(waiting);
        parent.say(WHAT_NOT_TO_DO);
        assertThat(parent.say(NEXT).speech()).isEqualTo(waiting);
        assertThat(new SkillDriver(handler, "en-US").launch().node()).as("the emergency is still kept").isEqualTo("emergencyCheck");
    }

    @Test
    void atASideQuestionWhileHelpComesNoAndHoldOnAreTheCallNowEndingAndEveryoneSafeIsTheSteps() {
        alexa.launchAndSay(EMERGENCY, YES, POLICE);

        assertThat(alexa.say(EVERYONE_SAFE).speech()).startsWith("Good. Step 1");
        SkillDriver notBack = new SkillDriver();
        notBack.launchAndSay(EMERGENCY, YES, POLICE);
        assertThat(notBack.say(NO).node()).as("not back to where I was").isEqualTo("emergencyEnd");
        SkillDriver holdOn = new SkillDriver();
        holdOn.launchAndSay(EMERGENCY, YES, POLICE, CALL_HELP);
        assertThat(holdOn.say(NOT_NOW).node()).as("two side questions deep").isEqualTo("emergencyEnd");
    }

    @Test
    void goBackNeverMovesForwardAfterJumpingBackAStep() {
        alexa.launch();
        alexa.say(GO_TO_STEP, "5");
        alexa.say(NEXT);
        alexa.say(GO_TO_STEP, "5");
        alexa.say(NEXT);

        assertThat(alexa.say(PREVIOUS).speech()).startsWith("Step 5");
        assertThat(alexa.say(PREVIOUS).speech()).as("not step 6 again").startsWith("Step 1");
        assertThat(alexa.say(PREVIOUS).speech()).startsWith("There's no step before this one.");
    }

    @Test
    void goBackAtAStepReachedWithoutOneBeforeItIsTheStepBefore() {
        assertThat(alexa.say(GO_TO_STEP, "6").speech()).as("a one-shot").startsWith("Step 6");

        assertThat(alexa.say(PREVIOUS).speech()).startsWith("Step 5");
        assertThat(alexa.say(PREVIOUS).speech()).startsWith("Step 4");
    }

    @Test
    void whichStepAtASideQuestionNamesTheStepItGoesBackTo() {
        alexa.launchAndSay(YES, NO);
        alexa.say(CALL_HELP);

        AlexaResponse which = alexa.say(WHICH_STEP);

        assertThat(which.speech()).isEqualTo("You're on step 3 of 7: Spare key and key blade. Back to where you were?");
        assertThat(alexa.say(YES).speech()).startsWith("Step 3");
    }

    @Test
    void goToStepWithANonsenseNumberReasks() {
        alexa.launch();

        assertThat(alexa.say(GO_TO_STEP, "?").speech()).startsWith("There are 7 steps");
        assertThat(alexa.say(GO_TO_STEP, "99999999999").speech()).startsWith("There are 7 steps");
    }

    @Test
    void oneShotWhoToCallInANewSession() {
        AlexaResponse help = alexa.say(CALL_HELP);

        assertThat(help.speech()).startsWith("If anyone is in danger, call 911 now. Otherwise, call roadside assistance");
        assertThat(alexa.say(YES).speech()).startsWith("Step 1");
    }

    @Test
    void oneShotEmergencyInANewSession() {
        assertThat(alexa.say(EMERGENCY).speech()).startsWith("Call 911 now");
    }

    @Test
    void stopSaysGoodbyeAndEndsTheSession() {
        alexa.launch();
        AlexaResponse bye = alexa.say(STOP);

        assertThat(bye.speech()).contains("goodbye").contains("911");
        assertThat(bye.sessionEnds()).isTrue();
        assertThat(bye.repromptSsml()).isNull();
    }
}
