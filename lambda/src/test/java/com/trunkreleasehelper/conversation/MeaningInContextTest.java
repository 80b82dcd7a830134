package com.trunkreleasehelper.conversation;

import com.trunkreleasehelper.content.Detour;
import com.trunkreleasehelper.content.Guide;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.content.GuideNode;
import com.trunkreleasehelper.content.Phrase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the driver says answers the pending question when it does, and never costs them their place. */
class MeaningInContextTest {

    private static final Guide GUIDE = new Guides().forLocale("en-US");
    private final ConversationEngine engine = new ConversationEngine();

    @ParameterizedTest(name = "{1} at step {0} leads to {2}")
    @CsvSource({
            "1, SAFE_PLACE, urgent", "1, UNSAFE_PLACE, safe", "4, UNSAFE_PLACE, safe",
            "2, URGENT_ITEM, proHelp", "3, URGENT_ITEM, proHelp", "5, URGENT_ITEM, proHelp", "1, URGENT_ITEM, safe",
            "2, NOTHING_URGENT, key",
            "3, OPENED, done", "4, OPENED, done", "5, OPENED, done", "1, OPENED, done", "7, OPENED, done",
            "3, STILL_STUCK, lockout", "4, STILL_STUCK, inside", "5, STILL_STUCK, proHelp", "6, STILL_STUCK, callHelp", "7, STILL_STUCK, callHelp"})
    void aStatementMeansWhatTheGuideSaysWhereTheDriverIs(int step, Action said, String expected) {
        assertThat(run(at(step), said).state().node()).isEqualTo(expected);
    }

    @Test
    void anUrgentItemNamedAtStepTwoSkipsAheadSayingWhy() {
        Turn turn = run(at(2), Action.URGENT_ITEM);

        assertThat(turn.reply().speech()).startsWith(step(2).yes().say()).contains(step(6).say());
    }

    @Test
    void anUnsafePlaceNamedAnywhereGetsTheSafetyAdvice() {
        Turn turn = run(at(4), Action.UNSAFE_PLACE);

        assertThat(turn.reply().speech()).isEqualTo(step(1).no().say());
        assertThat(turn.reply().reprompt()).isEqualTo(step(1).ask());
    }

    @Test
    void aStatementThatAnswersNothingHereIsReaskedNotAStepChange() {
        Turn turn = run(at(4), Action.SAFE_PLACE);

        assertThat(turn.reply().speech()).endsWith(step(4).ask());
        assertThat(turn.progress()).isEqualTo(ProgressChange.KEEP);
    }

    @Test
    void anItemNamedBeforeStepTwoAnswersItOnceTheDriverIsSafe() {
        Turn named = run(at(1), Action.URGENT_ITEM);
        Turn safe = run(named.state(), Action.YES);

        assertThat(named.state().node()).isEqualTo("safe");
        assertThat(safe.state().node()).isEqualTo("proHelp");
        assertThat(safe.reply().speech()).startsWith(GUIDE.phrase(Phrase.ITEM_KNOWN) + " " + step(6).say());
        assertThat(safe.progress()).isEqualTo(Saves.step("proHelp", Urgency.URGENT));
        assertThat(run(safe.state(), Action.PREVIOUS).state().node()).as("back goes to step 2, which asks").isEqualTo("urgent");
    }

    @Test
    void aRescueItemNamedBeforeStepTwoLeadsStepSixWithTheNumber() {
        Turn named = run(at(1), new Command(Action.URGENT_ITEM, "EPIPEN"));
        Turn safe = run(named.state(), Action.NEXT);

        assertThat(safe.reply().speech()).as("the rescue line says why step 2 is skipped")
                .startsWith("If anyone needs it right now, call 911. Step 6").doesNotContain(GUIDE.phrase(Phrase.ITEM_KNOWN));
        assertThat(run(run(at(1), new Command(Action.URGENT_ITEM, "INSULIN")).state(), Action.YES).reply().speech())
                .startsWith(GUIDE.phrase(Phrase.ITEM_KNOWN));
    }

    @Test
    void anItemNamedInAOneShotIsRememberedThroughStepOneAndAStartOver() {
        Turn oneShot = run(ConversationState.fresh(), Action.URGENT_ITEM);
        ConversationState startedOver = run(run(oneShot.state(), Action.YES).state(), Action.START_OVER).state();

        assertThat(oneShot.state().node()).isEqualTo("safe");
        assertThat(run(oneShot.state(), Action.YES).state().node()).isEqualTo("proHelp");
        assertThat(run(startedOver, Action.YES).state().node()).isEqualTo("proHelp");
    }

    @Test
    void stepTwoAskedForByNumberIsAskedEvenWithAnItemNamed() {
        ConversationState named = run(at(1), Action.URGENT_ITEM).state();

        assertThat(run(named, new Command(Action.GO_TO_STEP, "2")).state().node()).isEqualTo("urgent");
    }

    @Test
    void aOneShotItemWithSavedProgressAnswersFromTheSavedStep() {
        Turn turn = run(ConversationState.fresh(), new Command(Action.URGENT_ITEM, "INHALER").startingSession("key"));

        assertThat(turn.state().node()).isEqualTo("proHelp");
        assertThat(turn.reply().speech()).startsWith("If anyone needs it right now, call 911.").contains(step(6).say());
    }

    @Test
    void aOneShotThatAnswersNothingAtTheSavedStepSaysWhichStepItOffers() {
        Turn turn = run(ConversationState.fresh(), Command.of(Action.SAFE_PLACE).startingSession("key"));

        assertThat(turn.reply().speech()).isEqualTo(GUIDE.phrase(Phrase.NOTED)
                + " You were on step 3: Spare key and key blade. " + GUIDE.phrase(Phrase.RESUME_ASK));
        assertThat(run(turn.state(), Action.YES).state().node()).isEqualTo("key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"START", "CALL_HELP", "HELP", "NEXT", "PREVIOUS", "HOW_LONG", "WHAT_NOT_TO_DO"})
    void atTheEmergencyAnswerWhatToDoWhatNumberHelpNextGoBackAndHowLongAreThatAnswerAgain(Action asked) {
        ConversationState emergency = run(at(3), Action.EMERGENCY).state();
        Turn turn = run(emergency, asked);

        assertThat(turn.state().node()).isEqualTo(GUIDE.detour(Detour.EMERGENCY).id());
        assertThat(turn.reply().speech()).isEqualTo(GUIDE.detour(Detour.EMERGENCY).say() + " " + GUIDE.detour(Detour.EMERGENCY).ask());
        assertThat(run(turn.state(), Action.EVERYONE_SAFE).state().node()).isEqualTo("key");
    }

    @Test
    void sideQuestionsBeforeTheStepsOfferToStartThemNotToGoBack() {
        Turn police = run(ConversationState.fresh(), Action.POLICE);
        Turn help = run(police.state(), Action.CALL_HELP);

        assertThat(help.reply().reprompt()).isEqualTo(GUIDE.phrase(Phrase.START_ASK));
        assertThat(run(help.state(), Action.YES).state().node()).isEqualTo("safe");
    }

    @Test
    void aOneShotNextGoBackOrWhichStepWithSavedProgressKeepsIt() {
        Turn next = run(ConversationState.fresh(), Command.of(Action.NEXT).startingSession("inside"));
        Turn back = run(ConversationState.fresh(), Command.of(Action.PREVIOUS).startingSession("inside"));
        Turn which = run(ConversationState.fresh(), Command.of(Action.WHICH_STEP).startingSession("inside"));

        assertThat(next.state().node()).isEqualTo("inside");
        assertThat(back.state().node()).isEqualTo("inside");
        assertThat(next.progress()).isEqualTo(Saves.step("inside", Urgency.NONE));
        assertThat(which.reply().speech()).isEqualTo("You were on step 5: Reach in from inside. " + GUIDE.phrase(Phrase.RESUME_ASK));
    }

    @Test
    void whatToDoAfterNotStoppedSafelySaysHowToGetSafeAgain() {
        Turn notSafe = run(at(1), Action.NO);
        Turn whatNow = run(notSafe.state(), Action.START);

        assertThat(whatNow.reply().speech()).isEqualTo(notSafe.reply().speech());
        assertThat(whatNow.state().node()).isEqualTo("safe");
    }

    @Test
    void repeatOrWhatToDoAfterTheWelcomeSayStepOneWithoutTheGreeting() {
        Turn welcome = run(ConversationState.fresh(), Command.launch(null));

        assertThat(welcome.reply().speech()).startsWith(GUIDE.phrase(Phrase.WELCOME));
        for (Action asked : new Action[]{Action.REPEAT, Action.START}) {
            assertThat(run(welcome.state(), asked).reply().speech()).as(asked.name()).startsWith(step(1).say());
        }
    }

    @Test
    void aCarThatCannotMoveGoesOnToCallingForHelpNotToTryingTheTrunk() {
        Turn stranded = run(at(1), Action.STRANDED);
        Turn oneShot = run(ConversationState.fresh(), Action.STRANDED);

        assertThat(stranded.state().node()).isEqualTo(GUIDE.detour(Detour.STRANDED).id());
        assertThat(run(stranded.state(), Action.YES).state().node()).isEqualTo("proHelp");
        assertThat(oneShot.reply().reprompt()).isEqualTo(GUIDE.detour(Detour.STRANDED).ask());
        assertThat(run(oneShot.state(), Action.YES).state().node()).isEqualTo("proHelp");
        assertThat(run(oneShot.state(), Action.NO).reply().endSession()).isTrue();
    }

    @Test
    void stepSixLeadsWithTheNumberOnceWheneverARescueItemIsKnown() {
        ConversationState named = run(at(1), new Command(Action.URGENT_ITEM, "EPIPEN")).state();
        Turn viaStranded = run(run(named, Action.STRANDED).state(), Action.YES);
        Turn atStepTwo = run(at(2), new Command(Action.URGENT_ITEM, "INHALER"));

        assertThat(viaStranded.state().node()).isEqualTo("proHelp");
        assertThat(viaStranded.reply().speech()).startsWith("If anyone needs it right now, call 911. " + step(6).say());
        assertThat(atStepTwo.reply().speech()).startsWith("If anyone needs it right now, call 911. " + step(2).yes().say());
    }

    @Test
    void fromACarThatCannotMoveNextWhatToDoAndEveryoneSafeNeverLeadBackToTryingTheTrunk() {
        ConversationState stranded = run(at(3), Action.STRANDED).state();

        assertThat(run(stranded, Action.NEXT).state().node()).isEqualTo("proHelp");
        assertThat(run(stranded, Action.EVERYONE_SAFE).state().node()).isEqualTo("proHelp");
        assertThat(run(stranded, Action.START).state().node()).isEqualTo("stranded");
        assertThat(run(run(ConversationState.fresh(), Action.STRANDED).state(), Action.START).state().node()).isEqualTo("stranded");
    }

    @Test
    void whatToDoOrMoreWithSavedProgressPicksUpThereInsteadOfOverwritingIt() {
        for (Action asked : new Action[]{Action.START, Action.MORE}) {
            Turn turn = run(ConversationState.fresh(), Command.of(asked).startingSession("key"));

            assertThat(turn.state().node()).as(asked.name()).isEqualTo("key");
            assertThat(turn.progress()).as(asked.name()).isEqualTo(Saves.step("key", Urgency.NONE));
        }
    }

    @Test
    void whatToDoAtASideQuestionGoesBackToTheStep() {
        assertThat(run(run(at(4), Action.WHAT_NOT_TO_DO).state(), Action.START).state().node()).isEqualTo("lockout");
    }

    @Test
    void aStatementOnAFreshSessionStartsTheSteps() {
        assertThat(run(ConversationState.fresh(), Action.URGENT_ITEM).state().node()).isEqualTo("safe");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 6})
    void aStartPhraseMidGuideSaysWhatToDoAtThatStepWithoutRestarting(int step) {
        Turn turn = run(at(step), Action.START);

        assertThat(turn.state().node()).isEqualTo(step(step).id());
        assertThat(turn.reply().speech()).startsWith(step(step).say()).endsWith(step(step).ask());
        assertThat(turn.progress()).isEqualTo(ProgressChange.KEEP);
    }

    @Test
    void theEmergencyWinsFromANewSessionAndFromAResumeOffer() {
        Turn fresh = run(ConversationState.fresh(), Action.EMERGENCY);
        Turn offered = run(ConversationState.fresh().offering("lockout"), Action.EMERGENCY);

        for (Turn turn : new Turn[]{fresh, offered}) {
            assertThat(turn.reply().speech().split("[.:;]")[0]).contains("911");
            assertThat(turn.state().node()).isEqualTo(GUIDE.detour(Detour.EMERGENCY).id());
        }
    }

    @Test
    void theEmergencyNumberHeardAsANumberIsTheEmergency() {
        Turn turn = run(at(3), new Command(Action.GO_TO_STEP, "911"));

        assertThat(turn.state().node()).isEqualTo(GUIDE.detour(Detour.EMERGENCY).id());
        assertThat(turn.reply().speech()).startsWith("Call 911 now");
    }

    @Test
    void aOneShotInANewSessionOffersToGoBackToTheSavedStep() {
        Turn help = run(ConversationState.fresh(), Command.of(Action.CALL_HELP).startingSession("lockout"));

        assertThat(help.reply().reprompt()).isEqualTo(GUIDE.detour(Detour.CALL_HELP).ask());
        assertThat(run(help.state(), Action.YES).state().node()).isEqualTo("lockout");
        assertThat(help.progress()).isEqualTo(ProgressChange.KEEP);
    }

    @Test
    void goingBackFromASideQuestionSkipsOtherSideQuestionsToTheStep() {
        ConversationState asides = run(run(run(at(3), Action.PANIC).state(), Action.BATTERY).state(), Action.FORCE_IT).state();

        assertThat(run(asides, Action.YES).state().node()).isEqualTo("key");
    }

    @Test
    void anAnswerToTheStepGivenDuringASideQuestionAnswersTheStep() {
        ConversationState calming = run(at(1), Action.PANIC).state();

        assertThat(run(calming, Action.SAFE_PLACE).state().node()).isEqualTo("urgent");
        assertThat(run(run(at(3), Action.BATTERY).state(), Action.URGENT_ITEM).state().node()).isEqualTo("proHelp");
    }

    @ParameterizedTest(name = "{1} at step {0} leads to {2}")
    @CsvSource({"1, EVERYONE_SAFE, urgent", "7, EVERYONE_SAFE, closing", "7, SAFE_PLACE, closing", "7, UNSAFE_PLACE, emergency",
            "3, EVERYONE_SAFE, key"})
    void safetyStatementsAnswerOnlyTheQuestionsAboutSafety(int step, Action said, String expected) {
        assertThat(run(at(step), said).state().node()).isEqualTo(expected);
    }

    @Test
    void decliningToGoBackKeepsTheSavedStep() {
        Turn help = run(at(4), Action.CALL_HELP);
        Turn no = run(help.state(), Action.NO);

        assertThat(no.reply().endSession()).isTrue();
        assertThat(no.reply().speech()).contains("kept your place").contains("911");
        assertThat(no.progress()).isEqualTo(ProgressChange.KEEP);
    }

    @Test
    void aOneShotOnAFreshSessionOffersToStartTheStepsNotToGoBack() {
        Turn help = run(ConversationState.fresh(), Action.CALL_HELP);

        assertThat(help.reply().reprompt()).isEqualTo(GUIDE.phrase(Phrase.START_ASK));
        assertThat(run(help.state(), Action.YES).state().node()).isEqualTo("safe");
        Turn no = run(help.state(), Action.NO);
        assertThat(no.reply().endSession()).isTrue();
        assertThat(no.reply().speech()).isEqualTo(GUIDE.phrase(Phrase.GOODBYE));
    }

    @Test
    void aResumeOfferSurvivesADetour() {
        ConversationState offered = run(ConversationState.fresh(), Command.launch("lockout")).state();
        Turn help = run(offered, Action.CALL_HELP);

        assertThat(help.reply().reprompt()).isEqualTo(GUIDE.detour(Detour.CALL_HELP).ask());
        assertThat(run(help.state(), Action.YES).state().node()).isEqualTo("lockout");
        assertThat(run(help.state(), Action.NO).progress()).isEqualTo(ProgressChange.KEEP);
    }

    @Test
    void decliningTheLastStepStillGivesTheEmergencyAndPoliceLines() {
        Turn turn = run(at(6), Action.NO);

        assertThat(turn.reply().endSession()).isTrue();
        assertThat(turn.reply().speech()).contains("911").contains("non-emergency");
    }

    @Test
    void moreTellsTheRestOfTheStepAndReasksItsQuestion() {
        Turn turn = run(at(5), Action.MORE);

        assertThat(turn.reply().speech()).isEqualTo(step(5).more() + " " + step(5).ask());
        assertThat(turn.state().node()).isEqualTo("inside");
        assertThat(run(at(2), Action.MORE).reply().speech()).startsWith(GUIDE.phrase(Phrase.NO_MORE));
    }

    @Test
    void aStepWithMoreToTellSaysSo() {
        Turn turn = run(at(2), Action.NO);

        assertThat(turn.reply().speech()).isEqualTo(step(3).say() + " " + GUIDE.phrase(Phrase.MORE_HINT) + " " + step(3).ask());
    }

    @Test
    void noRoadsideCoverSaidAtASideQuestionIsKeptWithTheStepItWasAskedFrom() {
        Turn asked = run(at(3), Action.HOW_LONG);
        Turn noCover = run(asked.state(), Action.NO_ROADSIDE);

        assertThat(noCover.state().node()).isEqualTo("noCover");
        assertThat(noCover.progress()).isEqualTo(Saves.withoutRoadside("key"));
        assertThat(run(noCover.state(), Action.REPEAT).progress()).as("kept once").isEqualTo(ProgressChange.KEEP);
    }

    @Test
    void noRoadsideCoverDuringAnEmergencyKeepsTheEmergency() {
        Turn emergency = run(at(3), Action.EMERGENCY);
        Turn noCover = run(emergency.state(), Action.NO_ROADSIDE);

        assertThat(noCover.state().node()).isEqualTo("emergency");
        assertThat(noCover.progress().told().emergency()).isTrue();
        assertThat(noCover.progress().told().noRoadside()).isTrue();
    }

    @Test
    void helpAlreadyOnTheWayTurnsStepSixIntoWhatToDoWhileWaitingOnce() {
        Turn called = run(at(2), Action.HELP_COMING);
        Turn urgent = run(called.state(), Command.of(Action.URGENT_ITEM));

        assertThat(called.reply().speech()).startsWith(GUIDE.phrase(Phrase.NOTED));
        assertThat(urgent.state().node()).isEqualTo("whileWaiting");
        assertThat(urgent.reply().speech()).doesNotContain(step(6).say()).contains(GUIDE.node("whileWaiting").say());
        assertThat(called.progress()).as("kept for a later session").isEqualTo(Saves.step("urgent", Urgency.NONE, true));
        assertThat(urgent.progress()).isEqualTo(Saves.step("proHelp", Urgency.URGENT, true));
        assertThat(run(urgent.state(), Action.REPEAT).progress()).as("step 6 is saved once").isEqualTo(ProgressChange.KEEP);
        assertThat(run(urgent.state(), Action.PREVIOUS).state().node()).as("back from waiting is step 6").isEqualTo("proHelp");

        ConversationState tried = run(urgent.state(), Action.YES).state();
        for (int i = 0; i < 3; i++) {
            tried = run(tried, Action.NO).state();
        }
        assertThat(tried.node()).as("after trying steps 3 to 5 while waiting, step 6 itself").isEqualTo("proHelp");
    }

    @Test
    void helpOnTheWayIsNotOfferedStepsTheDriverAlreadyTried() {
        ConversationState walked = run(at(3), Action.HELP_COMING).state();
        for (int i = 0; i < 3; i++) {
            walked = run(walked, Action.NO).state();
        }

        assertThat(walked.node()).isEqualTo("proHelp");
    }

    @Test
    void startingAgainWithHelpOnTheWayIsStepOneNotTheEmergencyAdvice() {
        ConversationState offeredWithHelpComing = new ConversationState(null, List.of(), null, "lockout", 0,
                Told.NOTHING.helpOnTheWay());

        assertThat(run(offeredWithHelpComing, Action.NO).state().node()).isEqualTo("safe");
    }

    @Test
    void withoutHelpOnTheWayStepSixAsksToCall() {
        assertThat(run(at(2), Command.of(Action.URGENT_ITEM)).state().node()).isEqualTo("proHelp");
    }

    private Turn run(ConversationState state, Action action) {
        return run(state, Command.of(action));
    }

    private Turn run(ConversationState state, Command command) {
        return engine.handle(GUIDE, state, command);
    }

    private ConversationState at(int step) {
        return run(ConversationState.fresh(), new Command(Action.GO_TO_STEP, String.valueOf(step))).state();
    }

    private static GuideNode step(int n) {
        return GUIDE.step(n);
    }
}
