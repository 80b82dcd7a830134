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
import com.trunkreleasehelper.testing.IntentEnvelope;
import com.trunkreleasehelper.testing.StrictUtterances;
import com.trunkreleasehelper.testing.SkillDriver;
import com.trunkreleasehelper.content.Detour;
import com.trunkreleasehelper.content.Guide;
import com.trunkreleasehelper.content.GuideNode;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.content.Phrase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static com.trunkreleasehelper.FunctionEnvironment.PROGRESS_FILE;
import static org.assertj.core.api.Assertions.assertThat;

/** Progress that survives the end of a session, through the Lambda entry point. */
class ResumeTest {

    private static final String USER_ID = "amzn1.ask.account.AEXAMPLEUSERIDNOTREAL000000000000000000000000";

    private static final Guides GUIDES = new Guides();

    @TempDir
    Path dir;

    static List<String> locales() {
        return GUIDES.supportedLocales();
    }

    /** A driver who stopped at step 4, then in a new session answered "no" to "Have you called 911?". */
    private TrunkReleaseHelperHandler leftDuringAnEmergencyWithStepFourKept() {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver.stopAtStepFour(handler);
        SkillDriver during = new SkillDriver(handler, "en-US");
        during.launchAndSay(ModelIntent.YES, ModelIntent.EMERGENCY);
        assertThat(during.say(ModelIntent.NO).sessionEnds()).isTrue();
        return handler;
    }

    /** A driver who stopped at step 4, then in a new session called 911 and stopped at "Is the danger over…?". */
    private TrunkReleaseHelperHandler leftWhileHelpComesWithStepFourKept() {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver.stopAtStepFour(handler);
        SkillDriver during = new SkillDriver(handler, "en-US");
        during.launchAndSay(ModelIntent.YES, ModelIntent.EMERGENCY);
        assertThat(during.say(ModelIntent.YES).node()).isEqualTo("emergencyWaiting");
        assertThat(during.say(ModelIntent.STOP).sessionEnds()).isTrue();
        return handler;
    }

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
    void aTopicAskedAtTheWelcomeBackIsAnsweredAndTheOfferStands() {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver.stopAtStepFour(handler);
        SkillDriver again = new SkillDriver(handler, "en-US");
        again.launch();

        AlexaResponse answer = sayInLocale(again, "en-US", "what is valet mode", "qué es el modo valet");

        assertThat(answer.speech()).startsWith("A valet mode or trunk lockout can turn off the trunk button")
                .endsWith("You were on step 4: Check for a trunk lockout. Do you want to pick up there?");
        assertThat(again.say(ModelIntent.YES).node()).isEqualTo("lockout");
    }

    @Test
    void notNowAtTheWelcomeBackEndsWithThePlaceKept() {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver.stopAtStepFour(handler);

        SkillDriver again = new SkillDriver(handler, "en-US");
        again.launch();
        AlexaResponse notNow = again.say(ModelIntent.NOT_NOW);

        assertThat(notNow.sessionEnds()).isTrue();
        assertThat(notNow.speech()).contains("kept your place", "call 911");
        assertThat(new SkillDriver(handler, "en-US").launch().speech()).startsWith("Welcome back. You were on step 4");
    }

    @Test
    void notNowWithNothingSavedIsAPlainGoodbye() {
        AlexaResponse notNow = new SkillDriver(handler(), "en-US").say(ModelIntent.NOT_NOW);

        assertThat(notNow.sessionEnds()).isTrue();
        assertThat(notNow.speech()).isEqualTo("Okay, goodbye. If anyone is in danger, call 911 from your phone.");
    }

    @Test
    void anEmergencyIsNeverDelayedByTheResumeQuestion() {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver.stopAtStepFour(handler);

        SkillDriver again = new SkillDriver(handler, "en-US");
        assertThat(again.say(ModelIntent.EMERGENCY.intentName()).speech()).startsWith("Call 911 now");
        SkillDriver third = new SkillDriver(handler, "en-US");
        assertThat(third.launch().node()).as("left before calling: the question left").isEqualTo("emergency");
        assertThat(third.say(ModelIntent.CALL_HELP.intentName()).speech()).as("what to do, there, is that answer again")
                .isEqualTo("Call 911 now, from your phone: Alexa can't make emergency calls. Tell them who is in danger, "
                        + "and where you are. Have you called 911?");
        assertThat(third.say(ModelIntent.YES).node()).isEqualTo("emergencyWaiting");
        assertThat(third.say(ModelIntent.YES).speech()).as("the offer survived").startsWith("Good. Step 4");
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

    @ParameterizedTest
    @MethodSource("locales")
    void holdOnAtTheCheckAfterWordsNotUnderstoodKeepsTheCheckForTheReopenedSkill(String locale) {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver first = new SkillDriver(handler, locale);
        first.launchAndSay(ModelIntent.YES, ModelIntent.FALLBACK);
        assertThat(first.say(ModelIntent.YES).node()).isEqualTo("lockedInCheck");
        assertThat(first.say(ModelIntent.NOT_NOW).sessionEnds()).isTrue();

        SkillDriver again = new SkillDriver(handler, locale);
        again.launch();
        assertThat(again.say(ModelIntent.YES).node()).isEqualTo("urgent");
        assertThat(again.say(ModelIntent.YES).node()).as("yes, something urgent, after reopening").isEqualTo("lockedInCheck");
        assertThat(again.say(ModelIntent.NO).node()).isEqualTo("proHelp");

        SkillDriver checked = new SkillDriver(handler, locale);
        checked.launch();
        assertThat(checked.say(ModelIntent.YES).node()).as("picked up at step 6, the check answered").isEqualTo("proHelp");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void anInhalerLeftInsideIsRememberedSoTheWelcomeBackLeadsWithTheNumber(String locale) {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver first = new SkillDriver(handler, locale);
        first.launchAndSay(ModelIntent.YES);
        assertThat(sayInLocale(first, locale, "my inhaler is in the {trunk}", "mi inhalador está en la cajuela").node())
                .isEqualTo("proHelp");
        assertThat(first.say(ModelIntent.NO).sessionEnds()).isTrue();

        Guide guide = GUIDES.forLocale(locale);
        SkillDriver again = new SkillDriver(handler, locale);
        assertThat(again.launch().speech())
                .startsWith(guide.phrase(Phrase.RESCUE_ITEM) + " " + guide.phrase(Phrase.WELCOME_BACK));
        AlexaResponse stepSix = again.say(ModelIntent.YES);
        assertThat(stepSix.node()).isEqualTo("proHelp");
        assertThat(stepSix.speech()).startsWith(guide.phrase(Phrase.RESCUE_ITEM));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void aParentWhoLeftToCallForHelpIsAskedWhetherTheyCalledThenWhetherEveryoneIsSafeUntilTheySayEveryoneIsOut(String locale) {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver first = sonLockedInAtStepTwo(handler, locale);
        AlexaResponse callNow = first.say(ModelIntent.NO);
        assertThat(callNow.sessionEnds()).as("not called yet: the phone is needed").isTrue();
        assertThat(callNow.speech()).as("what to tell a child inside").containsPattern("release handle|manija");

        Guide guide = GUIDES.forLocale(locale);
        GuideNode emergency = guide.detour(Detour.EMERGENCY);
        String haveYouCalled = emergency.say() + " " + emergency.ask();
        assertThat(new SkillDriver(handler, locale).launch().speech()).as("closed unanswered").isEqualTo(haveYouCalled);
        SkillDriver again = new SkillDriver(handler, locale);
        assertThat(again.launch().speech()).isEqualTo(haveYouCalled);
        assertThat(again.say(ModelIntent.YES).node()).as("called now").isEqualTo("emergencyWaiting");
        assertThat(again.say(ModelIntent.YES).node()).as("everyone safe: back to the step kept").isEqualTo("urgent");

        assertThat(new SkillDriver(handler, locale).launch().speech()).startsWith(guide.phrase(Phrase.WELCOME_BACK));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void aStepAskedForWhileHelpComesKeepsTheEmergencySavedUntilTheDriverSaysEveryoneIsOut(String locale) {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver first = sonLockedInAtStepTwo(handler, locale);
        first.say(ModelIntent.YES);
        assertThat(sayInLocale(first, locale, "step three", "paso tres").node()).as("honoured: the spare key").isEqualTo("key");
        assertThat(first.say(ModelIntent.STOP).sessionEnds()).isTrue();

        Guide guide = GUIDES.forLocale(locale);
        GuideNode check = guide.welcomeAfterEmergency();
        SkillDriver again = new SkillDriver(handler, locale);
        assertThat(again.launch().speech()).isEqualTo(check.say() + " " + check.ask());
        assertThat(again.say(ModelIntent.YES).speech()).as("everyone out: the step kept")
                .startsWith(check.yes().say() + " " + guide.step(3).say());
        assertThat(new SkillDriver(handler, locale).launch().speech()).startsWith(guide.phrase(Phrase.WELCOME_BACK));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void startingOverWhileHelpComesKeepsTheEmergencySaved(String locale) {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver first = new SkillDriver(handler, locale);
        first.launchAndSay(ModelIntent.EMERGENCY, ModelIntent.YES);
        assertThat(sayInLocale(first, locale, "start over", "empezar de nuevo").node()).isEqualTo("safe");
        first.say(ModelIntent.STOP);

        SkillDriver again = new SkillDriver(handler, locale);
        assertThat(again.launch().node()).isEqualTo(GUIDES.forLocale(locale).welcomeAfterEmergency().id());
        assertThat(again.say(ModelIntent.EVERYONE_SAFE).node()).isEqualTo("safe");
        assertThat(new SkillDriver(handler, locale).launch().node()).as("over: the plain welcome").isEqualTo("safe");
    }

    @Test
    void leftBeforeCallingTheReopenedSkillAsksWhetherTheyCalledAndEveryoneSafeThereGoesOnAtTheStepKept() {
        TrunkReleaseHelperHandler handler = leftDuringAnEmergencyWithStepFourKept();

        SkillDriver again = new SkillDriver(handler, "en-US");
        assertThat(again.launch().speech()).isEqualTo("Call 911 now, from your phone: Alexa can't make emergency calls. "
                + "Tell them who is in danger, and where you are. Have you called 911?");
        AlexaResponse safe = again.say(ModelIntent.EVERYONE_SAFE);

        assertThat(safe.speech()).startsWith("Good. Step 4");
        assertThat(again.say(ModelIntent.PREVIOUS).node()).as("the way back is the steps before").isEqualTo("key");
    }

    @Test
    void leftAfterCallingTheReopenedSkillAsksWhetherTheDangerIsOverAndYesGoesOnAtTheStepKept() {
        TrunkReleaseHelperHandler handler = leftWhileHelpComesWithStepFourKept();

        SkillDriver again = new SkillDriver(handler, "en-US");
        assertThat(again.launch().speech()).isEqualTo("If anyone is still trapped or in danger, call 911 now. Is the danger over, with everyone out and safe, pets too?");
        AlexaResponse safe = again.say(ModelIntent.EVERYONE_SAFE);

        assertThat(safe.speech()).startsWith("Good. Step 4");
        assertThat(again.say(ModelIntent.PREVIOUS).node()).as("the way back is the steps before").isEqualTo("key");
    }

    @Test
    void aOneShotAfterLeavingBeforeCallingAsksWhetherTheyCalledFirstAndKeepsTheEmergency() {
        TrunkReleaseHelperHandler handler = leftDuringAnEmergencyWithStepFourKept();

        AlexaResponse howDoIOpenIt = new SkillDriver(handler, "en-US").say(ModelIntent.START_GUIDE);

        assertThat(howDoIOpenIt.speech()).isEqualTo("Call 911 now, from your phone: Alexa can't make emergency calls. "
                + "Tell them who is in danger, and where you are. Have you called 911?");
        SkillDriver again = new SkillDriver(handler, "en-US");
        assertThat(again.launch().node()).as("still kept").isEqualTo("emergency");
        assertThat(again.say(ModelIntent.YES).node()).isEqualTo("emergencyWaiting");
        assertThat(again.say(ModelIntent.YES).speech()).startsWith("Good. Step 4");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void aOneShotSideQuestionAfterLeavingDuringAnEmergencyGoesBackToTheQuestionLeftNotToTheSteps(String locale) {
        TrunkReleaseHelperHandler handler = handler();
        new SkillDriver(handler, locale).launchAndSay(ModelIntent.EMERGENCY, ModelIntent.NO);
        Guide guide = GUIDES.forLocale(locale);
        GuideNode police = guide.detour(Detour.POLICE);
        GuideNode check = guide.detour(Detour.EMERGENCY);

        SkillDriver again = new SkillDriver(handler, locale);
        AlexaResponse asked = sayInLocale(again, locale, "police non emergency number", "debo llamar a la policía");

        assertThat(asked.speech()).isEqualTo(police.say() + " " + police.ask()).doesNotContain(guide.phrase(Phrase.START_ASK));
        assertThat(again.say(ModelIntent.YES).speech()).isEqualTo(check.say() + " " + check.ask());
    }

    @Test
    void anEmergencyAsTheFirstWordsIsKeptForTheNextWelcomeThoughNoStepWasReached() {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver first = new SkillDriver(handler, "en-US");
        assertThat(first.say(ModelIntent.EMERGENCY.intentName()).speech()).startsWith("Call 911 now");
        AlexaResponse notCalled = first.say(ModelIntent.NO);
        assertThat(notCalled.sessionEnds()).isTrue();
        assertThat(notCalled.speech()).as("the whole call-now answer, not a bare goodbye")
                .contains("stay with them", "glowing release handle", "Open Trunk Release Helper again");

        SkillDriver still = new SkillDriver(handler, "en-US");
        assertThat(still.launch().node()).as("the question left").isEqualTo("emergency");
        assertThat(still.say(ModelIntent.NO).speech()).as("still not called").contains("glowing release handle");

        SkillDriver again = new SkillDriver(handler, "en-US");
        assertThat(again.launch().node()).isEqualTo("emergency");
        assertThat(again.say(ModelIntent.YES).node()).as("called").isEqualTo("emergencyWaiting");
        AlexaResponse safe = again.say(ModelIntent.YES);

        assertThat(safe.speech()).startsWith("Good. Step 1:");
        assertThat(safe.node()).isEqualTo("safe");
    }

    @Test
    void stillNotOutAfterAReopenedEmergencyEndsWithTheCallNowWordsNotAGoodbye() {
        TrunkReleaseHelperHandler handler = handler();
        new SkillDriver(handler, "en-US").launchAndSay(ModelIntent.EMERGENCY, ModelIntent.YES, ModelIntent.NO);
        SkillDriver again = new SkillDriver(handler, "en-US");
        AlexaResponse waiting = again.launchAndSay(ModelIntent.NO);
        assertThat(waiting.node()).as("called already: what to do while help comes, not 'Have you called?'")
                .isEqualTo("emergencyWaiting");

        AlexaResponse stillInside = again.say(ModelIntent.NO);

        assertThat(stillInside.node()).isEqualTo("emergencyEnd");
        assertThat(stillInside.speech()).contains("glowing release handle");
        assertThat(new SkillDriver(handler, "en-US").launch().node()).as("still kept").isEqualTo("emergencyCheck");
    }

    @Test
    void holdOnAtTheEmergencyAnswersIsTheCallNowEndingNotAPlaceKeptForADay() {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver first = new SkillDriver(handler, "en-US");
        first.launchAndSay(ModelIntent.YES, ModelIntent.EMERGENCY);

        AlexaResponse holdOn = first.say(ModelIntent.NOT_NOW);

        assertThat(holdOn.node()).isEqualTo("emergencyEnd");
        assertThat(holdOn.sessionEnds()).isTrue();
        assertThat(new SkillDriver(handler, "en-US").launch().node()).as("still kept, not called").isEqualTo("emergency");
        SkillDriver noPhone = new SkillDriver(handler, "en-US");
        noPhone.launchAndSay(ModelIntent.NO_PHONE);
        assertThat(noPhone.say(ModelIntent.NOT_NOW).node()).isEqualTo("noPhoneEnd");
    }

    @Test
    void everyoneSafeAfterTheCallBringsBackThePlainWelcome() {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver first = new SkillDriver(handler, "en-US");
        first.launchAndSay(ModelIntent.YES, ModelIntent.EMERGENCY, ModelIntent.HELP_COMING);
        assertThat(first.say(ModelIntent.EVERYONE_SAFE).node()).isEqualTo("urgent");
        assertThat(first.say(ModelIntent.NOT_NOW).sessionEnds()).isTrue();

        assertThat(new SkillDriver(handler, "en-US").launch().speech()).startsWith("Welcome back. You were on step 2");
    }

    @Test
    void anItemNamedInAnEarlierSessionIsNotAskedAboutAgainAfterStartingFromStepOne() {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver first = new SkillDriver(handler, "en-US");
        first.launchAndSay(ModelIntent.YES);
        first.say(ModelIntent.URGENT_ITEM, "insulin");
        first.say(ModelIntent.NO);

        SkillDriver again = new SkillDriver(handler, "en-US");
        assertThat(again.launch().speech()).startsWith("Welcome back. You were on step 6");
        again.say(ModelIntent.NO);
        AlexaResponse safe = again.say(ModelIntent.YES);

        assertThat(safe.node()).isEqualTo("proHelp");
        assertThat(safe.speech()).startsWith("Since something urgent is inside, let's not lose time. Step 6");
    }

    @Test
    void helpCalledInAnEarlierSessionIsRememberedAtStepSix() {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver first = new SkillDriver(handler, "en-US");
        first.launchAndSay(ModelIntent.YES, ModelIntent.HELP_COMING);
        assertThat(first.say(ModelIntent.NOT_NOW).sessionEnds()).isTrue();

        SkillDriver again = new SkillDriver(handler, "en-US");
        again.launch();
        again.say(ModelIntent.YES);

        assertThat(again.say(ModelIntent.URGENT_ITEM, "insulin").node()).isEqualTo("whileWaiting");
    }

    @Test
    void noRoadsideCoverSaidInAnEarlierSessionIsRememberedAtStepSix() {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver first = new SkillDriver(handler, "en-US");
        first.launchAndSay(ModelIntent.YES, ModelIntent.NO);
        assertThat(first.say(ModelIntent.NO_ROADSIDE).node()).isEqualTo("noCover");
        assertThat(first.say(ModelIntent.NO).sessionEnds()).as("not back to the steps now").isTrue();

        SkillDriver again = new SkillDriver(handler, "en-US");
        assertThat(again.launch().speech()).contains("step 3");
        again.say(ModelIntent.YES);

        assertThat(again.say(ModelIntent.URGENT_ITEM, "insulin").node()).isEqualTo("locksmith");
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

    /** The driver's words, strictly resolved by the locale's model: {@code english} with the locale's word for the trunk, or {@code spanish}. */
    /** A parent at step 2 who said their son is locked in, now at the emergency answer. */
    private static SkillDriver sonLockedInAtStepTwo(TrunkReleaseHelperHandler handler, String locale) {
        SkillDriver parent = new SkillDriver(handler, locale);
        parent.launchAndSay(ModelIntent.YES);
        assertThat(sayInLocale(parent, locale, "my son is locked in the {trunk}", "mi hijo está encerrado en la cajuela").node())
                .isEqualTo("emergency");
        return parent;
    }

    private static AlexaResponse sayInLocale(SkillDriver driver, String locale, String english, String spanish) {
        String trunk = locale.equals("en-US") || locale.equals("en-CA") ? "trunk" : "boot";
        String words = locale.startsWith("es") ? spanish : english.replace("{trunk}", trunk);
        return driver.send(IntentEnvelope.of((StrictUtterances.Understood) StrictUtterances.forLocale(locale).resolve(words)));
    }
}
