package com.trunkreleasehelper.conversation;

import com.trunkreleasehelper.content.Guide;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.content.GuideNode;
import com.trunkreleasehelper.content.Phrase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The conversation, step by step and branch by branch, without any Alexa types. */
class ConversationEngineTest {

    private static final Guide GUIDE = new Guides().forLocale("en-US");
    private final ConversationEngine engine = new ConversationEngine();

    @Test
    void launchWelcomesAndAsksStepOnesQuestion() {
        Turn turn = run(ConversationState.fresh(), Action.LAUNCH);

        assertThat(turn.state().node()).isEqualTo("safe");
        assertThat(turn.reply().speech()).startsWith(GUIDE.phrase(Phrase.WELCOME)).endsWith(step(1).ask());
        assertThat(turn.reply().reprompt()).isEqualTo(step(1).ask());
        assertThat(turn.reply().endSession()).isFalse();
    }

    @ParameterizedTest(name = "step {0} answered {1} leads to {2}")
    @CsvSource({
            "1, yes, urgent", "1, no, safe",
            "2, yes, proHelp", "2, no, key",
            "3, yes, done", "3, no, lockout",
            "4, yes, done", "4, no, inside",
            "5, yes, done", "5, no, proHelp",
            "6, yes, escalate", "6, no, later",
            "7, yes, closing", "7, no, emergency"})
    void everyAnswerFollowsTheConversationTable(int step, String answer, String expected) {
        Turn turn = run(at(step), "yes".equals(answer) ? Action.YES : Action.NO);

        assertThat(turn.state().node()).isEqualTo(expected);
    }

    @Test
    void notSafeStaysOnStepOneWithAdviceOnGettingSafe() {
        Turn turn = run(at(1), Action.NO);

        assertThat(turn.reply().speech()).isEqualTo(step(1).no().say()).contains("Say \"next\"");
        assertThat(turn.reply().reprompt()).isEqualTo(step(1).ask());
        assertThat(run(turn.state(), Action.NEXT).state().node()).isEqualTo("urgent");
    }

    @Test
    void urgentSkipsToProfessionalHelpSayingWhy() {
        Turn turn = run(at(2), Action.YES);

        assertThat(turn.reply().speech()).startsWith(step(2).yes().say()).contains(step(6).say());
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5})
    void itOpenedEndsTheSessionWithWhatCanWait(int step) {
        Turn turn = run(at(step), Action.YES);

        assertThat(turn.reply().endSession()).isTrue();
        assertThat(turn.reply().reprompt()).isNull();
        assertThat(turn.reply().speech()).contains("can all wait");
        assertThat(turn.reply().cardText()).contains("What can wait").contains("https://www.nhtsa.gov/");
    }

    @Test
    void notWantingTheLastStepEndsKindlyKeepingTheDriversPlace() {
        Turn turn = run(at(6), Action.NO);

        assertThat(turn.reply().endSession()).isTrue();
        assertThat(turn.reply().speech()).contains("kept your place", "911", "non-emergency");
        assertThat(turn.reply().cardText()).contains("general information");
        assertThat(turn.progress()).isEqualTo(ProgressChange.KEEP);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void nextGoesToTheFollowingStep(int step) {
        assertThat(run(at(step), Action.NEXT).state().node()).isEqualTo(step(step + 1).id());
    }

    @Test
    void nextOnTheLastStepSaysSoAndStays() {
        Turn turn = run(at(7), Action.NEXT);

        assertThat(turn.state().node()).isEqualTo("escalate");
        assertThat(turn.reply().speech()).startsWith(GUIDE.phrase(Phrase.LAST_STEP));
    }

    @Test
    void previousReturnsToTheStepBefore() {
        ConversationState state = walk(Action.LAUNCH, Action.YES, Action.NO);

        Turn turn = run(state, Action.PREVIOUS);

        assertThat(turn.state().node()).isEqualTo("urgent");
        assertThat(turn.state().history()).containsExactly("safe");
    }

    @Test
    void previousOnTheFirstStepSaysThereIsNone() {
        Turn turn = run(walk(Action.LAUNCH), Action.PREVIOUS);

        assertThat(turn.state().node()).isEqualTo("safe");
        assertThat(turn.reply().speech()).startsWith(GUIDE.phrase(Phrase.NO_PREVIOUS));
    }

    @Test
    void repeatSaysExactlyTheLastThingSaid() {
        ConversationState state = walk(Action.LAUNCH, Action.YES, Action.HELP);
        String last = state.said();

        Turn turn = run(state, Action.REPEAT);

        assertThat(turn.reply().speech()).isEqualTo(last);
        assertThat(turn.state()).isEqualTo(state);
    }

    @Test
    void startOverForgetsTheHistory() {
        Turn turn = run(walk(Action.LAUNCH, Action.YES, Action.NO, Action.NO), Action.START_OVER);

        assertThat(turn.state().node()).isEqualTo("safe");
        assertThat(turn.state().history()).isEmpty();
        assertThat(turn.reply().speech()).startsWith(step(1).say());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void goToStepJumpsThere(int n) {
        assertThat(run(at(1), goToStep(n)).state().node()).isEqualTo(step(n).id());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 8, 999999})
    void goToAStepThatDoesNotExistSaysHowManyThereAre(int n) {
        Turn turn = run(at(3), goToStep(n));

        assertThat(turn.state().node()).isEqualTo("key");
        assertThat(turn.reply().speech()).startsWith("There are 7 steps.").endsWith(step(3).ask());
    }

    @Test
    void goToStepWithoutANumberReasksInsteadOfFailing() {
        assertThat(run(at(3), goToStep(null)).reply().speech()).startsWith("There are 7 steps.");
    }

    @Test
    void whichStepNamesTheStepAndReasks() {
        Turn turn = run(at(4), Action.WHICH_STEP);

        assertThat(turn.reply().speech()).isEqualTo("You're on step 4 of 7: " + step(4).title() + ". " + step(4).ask());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void callHelpFromAnyStepGivesWhoToCallAndOffersToReturn(int step) {
        Turn help = run(at(step), Action.CALL_HELP);

        assertThat(help.reply().speech()).contains("roadside assistance").contains("locksmith").contains("911");
        Turn back = run(help.state(), Action.YES);
        assertThat(back.state().node()).isEqualTo(step(step).id());
        assertThat(back.reply().speech()).contains(step(step).say());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void emergencyFromAnyStepSaysCall911InTheFirstSentence(int step) {
        Turn turn = run(at(step), Action.EMERGENCY);

        String first = turn.reply().speech().split("[.;]")[0];
        assertThat(first).contains("911").contains("now");
        assertThat(turn.reply().speech()).contains("Alexa can't make emergency calls");
        assertThat(turn.reply().endSession()).isFalse();
    }

    @Test
    void callHelpInANewSessionThenYesStartsTheGuide() {
        Turn help = run(ConversationState.fresh(), Action.CALL_HELP);
        Turn yes = run(help.state(), Action.YES);

        assertThat(yes.state().node()).isEqualTo("safe");
    }

    @Test
    void startAfterAOneShotSideQuestionStartsTheGuideAndMidGuideDoesNot() {
        Turn help = run(ConversationState.fresh(), Action.CALL_HELP);

        assertThat(run(help.state(), Action.START).state().node()).isEqualTo("safe");
        assertThat(run(at(4), Action.START).state().node()).isEqualTo("lockout");
    }

    @ParameterizedTest
    @EnumSource(value = Action.class, names = {"WHAT_NOT_TO_DO", "WHAT_CAN_WAIT"})
    void informationDetoursReturnToTheStep(Action action) {
        Turn info = run(at(5), action);
        Turn back = run(info.state(), Action.NEXT);

        assertThat(back.state().node()).isEqualTo("inside");
    }

    @Test
    void whatNotToDoSpeaksEveryDoNotItem() {
        String speech = run(at(2), Action.WHAT_NOT_TO_DO).reply().speech();

        assertThat(speech).contains("pry", "drill", "unsafe spots", "pets", "battery", "strangers");
    }

    @Test
    void yesWithNoQuestionPendingStartsTheGuide() {
        assertThat(run(ConversationState.fresh(), Action.YES).state().node()).isEqualTo("safe");
    }

    @Test
    void noWithNoQuestionPendingOffersTheOptions() {
        Turn turn = run(ConversationState.fresh(), Action.NO);

        assertThat(turn.reply().speech()).startsWith(GUIDE.phrase(Phrase.OPTIONS));
        assertThat(turn.reply().endSession()).isFalse();
    }

    @Test
    void helpSaysWhatCanBeSaidAndReasksThisStepsQuestion() {
        Turn turn = run(at(4), Action.HELP);

        assertThat(turn.reply().speech()).startsWith(GUIDE.phrase(Phrase.HELP)).endsWith(step(4).ask());
    }

    @Test
    void aFirstMisunderstandingIsAShortYesOrNoReaskOfThePendingQuestionWithTheEmergencyNumber() {
        Turn turn = run(at(6), Action.FALLBACK);

        assertThat(turn.reply().speech()).isEqualTo(GUIDE.phrase(Phrase.FALLBACK) + " " + GUIDE.phrase(Phrase.IN_DANGER)
                + " " + GUIDE.phrase(Phrase.YES_OR_NO) + " " + step(6).ask());
        assertThat(turn.state().node()).isEqualTo("proHelp");
    }

    @Test
    void misunderstandingsEscalateToTheOptionsThenCallHelpAndNeverRepeatASentence() {
        Turn first = run(at(2), Action.FALLBACK);
        Turn second = run(first.state(), Action.FALLBACK);
        Turn third = run(second.state(), Action.FALLBACK);
        Turn fourth = run(third.state(), Action.FALLBACK);

        assertThat(second.reply().speech()).startsWith(GUIDE.phrase(Phrase.FALLBACK_OPTIONS)).contains("\"call help\"");
        assertThat(third.reply().speech()).startsWith(GUIDE.phrase(Phrase.FALLBACK_HELP)).contains("911");
        List<String> said = List.of(first.reply().speech(), second.reply().speech(), third.reply().speech(),
                fourth.reply().speech());
        for (int i = 1; i < said.size(); i++) {
            assertThat(said.get(i)).isNotEqualTo(said.get(i - 1));
        }
        assertThat(said).allMatch(s -> s.endsWith(step(2).ask()));
    }

    @Test
    void repeatAfterAReaskRepeatsTheStepNotTheReask() {
        Turn step3 = run(at(2), Action.NO);
        Turn missed = run(step3.state(), Action.FALLBACK);

        assertThat(run(missed.state(), Action.REPEAT).reply().speech()).isEqualTo(step3.reply().speech());
    }

    @Test
    void anAnswerStartsTheEscalationAgainButRepeatDoesNot() {
        Turn missed = run(run(at(3), Action.FALLBACK).state(), Action.FALLBACK);
        Turn answered = run(missed.state(), Action.NO);
        Turn repeated = run(missed.state(), Action.REPEAT);

        assertThat(run(answered.state(), Action.FALLBACK).reply().speech()).startsWith(GUIDE.phrase(Phrase.FALLBACK));
        assertThat(run(repeated.state(), Action.FALLBACK).reply().speech()).startsWith(GUIDE.phrase(Phrase.FALLBACK_HELP));
    }

    @Test
    void stopSaysGoodbyeWithTheEmergencyNumberAndEnds() {
        Turn turn = run(at(3), Action.STOP);

        assertThat(turn.reply().speech()).contains("911");
        assertThat(turn.reply().endSession()).isTrue();
        assertThat(turn.reply().reprompt()).isNull();
    }

    @Test
    void sessionEndedIsSilentAndKeepsTheState() {
        ConversationState state = at(4);

        Turn turn = run(state, Action.SESSION_ENDED);

        assertThat(turn.reply().speech()).isNull();
        assertThat(turn.state()).isEqualTo(state);
    }

    @Test
    void aStateNamingANodeThisGuideLacksStartsFresh() {
        Turn turn = run(new ConversationState("gone", List.of(), null), Action.NEXT);

        assertThat(turn.state().node()).isEqualTo("safe");
    }

    @Test
    void historyStaysBoundedHoweverLongTheConversation() {
        ConversationState state = at(1);
        for (int i = 0; i < 100; i++) {
            state = run(state, i % 2 == 0 ? Action.CALL_HELP : Action.WHAT_CAN_WAIT).state();
        }
        assertThat(state.history()).hasSizeLessThanOrEqualTo(ConversationState.MAX_HISTORY);
    }

    @Test
    void everyTurnThatStaysOpenHasAReprompt() {
        for (GuideNode node : GUIDE.nodes()) {
            for (Action action : Action.values()) {
                Reply reply = run(new ConversationState(node.id(), List.of("safe"), "x"), action).reply();
                if (reply.speech() != null && !reply.endSession()) {
                    assertThat(reply.reprompt()).as(node.id() + " " + action).isNotBlank();
                }
            }
        }
    }

    @Test
    void launchWithASavedStepOffersToPickUpThere() {
        Turn turn = run(ConversationState.fresh(), Command.launch("lockout"));

        assertThat(turn.reply().speech()).isEqualTo("Welcome back. You were on step 4: Check for a trunk lockout. "
                + GUIDE.phrase(Phrase.RESUME_ASK));
        assertThat(turn.state().offer()).isEqualTo("lockout");
        assertThat(run(turn.state(), Action.YES).state().node()).isEqualTo("lockout");
        assertThat(run(turn.state(), Action.NO).state().node()).isEqualTo("safe");
        assertThat(run(turn.state(), Action.REPEAT).reply().speech()).isEqualTo(turn.reply().speech());
    }

    @ParameterizedTest
    @ValueSource(strings = {"safe", "done", "callHelp", "nowhere"})
    void launchWithNothingWorthResumingStartsAtStepOne(String saved) {
        Turn turn = run(ConversationState.fresh(), Command.launch(saved));

        assertThat(turn.state().node()).isEqualTo("safe");
        assertThat(turn.state().offer()).isNull();
    }

    @Test
    void reachingANewStepSavesItAndFinishingOrStartingOverClears() {
        assertThat(run(at(3), Action.NO).progress()).isEqualTo(Saves.step("lockout", Urgency.NONE));
        assertThat(run(at(3), Action.YES).progress()).isEqualTo(ProgressChange.CLEAR);
        assertThat(run(at(7), Action.YES).progress()).isEqualTo(ProgressChange.CLEAR);
        assertThat(run(at(3), Action.START_OVER).progress()).isEqualTo(ProgressChange.CLEAR);
        assertThat(run(at(3), Action.HELP).progress()).isEqualTo(ProgressChange.KEEP);
        assertThat(run(at(3), Action.CALL_HELP).progress()).isEqualTo(ProgressChange.KEEP);
    }

    @Test
    void theEmergencyIsSavedWithTheStepOnReachingItAgainOnceCalledAndForgottenBackInTheSteps() {
        Turn emergency = run(at(3), Action.EMERGENCY);
        assertThat(emergency.progress()).isEqualTo(Saves.duringEmergency("key"));

        assertThat(run(emergency.state(), Action.NO).progress()).as("ends to make the call").isEqualTo(ProgressChange.KEEP);
        Turn waiting = run(emergency.state(), Action.YES);
        assertThat(waiting.progress()).as("called: the next session asks whether the danger is over")
                .isEqualTo(Saves.calledDuringEmergency("key"));
        assertThat(run(waiting.state(), Action.NO).progress()).as("still in danger").isEqualTo(ProgressChange.KEEP);
        assertThat(run(waiting.state(), Action.YES).progress()).isEqualTo(Saves.step("key", Urgency.NONE));
    }

    @Test
    void anEmergencyBeforeAnyStepIsSavedAtStepOne() {
        assertThat(run(ConversationState.fresh(), Action.EMERGENCY).progress())
                .isEqualTo(Saves.duringEmergency("safe"));
    }

    private Turn run(ConversationState state, Action action) {
        return run(state, Command.of(action));
    }

    private Turn run(ConversationState state, Command command) {
        return engine.handle(GUIDE, state, command);
    }

    private ConversationState walk(Action... actions) {
        ConversationState state = ConversationState.fresh();
        for (Action a : actions) {
            state = run(state, a).state();
        }
        return state;
    }

    private ConversationState at(int step) {
        return run(ConversationState.fresh(), goToStep(step)).state();
    }

    private static GuideNode step(int n) {
        return GUIDE.step(n);
    }

    private static Command goToStep(Integer n) {
        return new Command(Action.GO_TO_STEP, n == null ? null : String.valueOf(n));
    }
}
