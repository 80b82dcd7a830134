package com.trunkreleasehelper.conversation;

import com.trunkreleasehelper.content.Detour;
import com.trunkreleasehelper.content.Guide;
import com.trunkreleasehelper.content.GuideNode;
import com.trunkreleasehelper.content.Outcome;
import com.trunkreleasehelper.content.Phrase;
import com.trunkreleasehelper.content.Placeholder;
import com.trunkreleasehelper.content.Reaction;
import com.trunkreleasehelper.content.StandIn;
import com.trunkreleasehelper.content.Statement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The conversation: (guide, state, command) to (new state, reply). Plain Java, no Alexa types, no I/O,
 * stateless itself, so one instance serves every request.
 */
public final class ConversationEngine {

    /** Re-asks after a misunderstanding, in order; they cycle, so no two in a row are the same. */
    private static final List<Phrase> MISSES = List.of(Phrase.FALLBACK, Phrase.FALLBACK_OPTIONS, Phrase.FALLBACK_HELP);

    public Turn handle(Guide guide, ConversationState state, Command command) {
        Objects.requireNonNull(state, "state");
        ConversationState known = state.node() == null || guide.hasNode(state.node()) ? state : ConversationState.fresh();
        if (command.saved() != null) {
            // What the driver told in an earlier session still stands: the item is still inside, help may still be coming.
            known = known.hearing(command.saved().told());
        }
        boolean oneShot = command.action() != Action.LAUNCH && known.node() == null && known.history().isEmpty();
        if (oneShot && isResumable(guide, command.savedStep())) {
            // A one-shot in a new session: the saved step is the place to go back to.
            known = known.offering(command.savedStep());
        }
        if (oneShot && command.emergencyLeft()) {
            // After leaving during an emergency, a one-shot ("how do I open it") is heard where a launch opens, at the
            // question left unanswered; never the steps as if nothing had happened, and the emergency stays saved.
            known = known.moveTo(welcomeAfterEmergency(guide, known).id(), true);
        }
        if (command.action() == Action.HELP_COMING || command.action() == Action.EMERGENCY_CALLED) {
            known = known.helpOnTheWay();
        }
        if (command.action() == Action.NO_ROADSIDE) {
            known = known.withoutRoadside();
        }
        if (command.action() == Action.NO_PHONE) {
            known = known.withoutPhone();
        }
        if (command.action() == Action.URGENT_ITEM || command.action() == Action.EMERGENCY && command.argument() != null) {
            // An item named with an emergency ("her EpiPen is in the trunk") is still in the trunk afterwards.
            known = known.noting(guide.isRescueItem(command.argument()) ? Urgency.RESCUE : Urgency.URGENT);
        }
        Turn said = underway(guide, turn(guide, new Talk(guide, known), command));
        Turn turn = missesKept(known, command, askedAbout(guide, known, said));
        return turn.withProgress(progress(guide, state, command, turn.state()));
    }

    /**
     * What was missed has been asked about once the check is answered, on to a step or an emergency answer ("hold on"
     * there keeps it, and so does "go back" only as far as a side question); until then it stands, across sessions too.
     */
    private static Turn askedAbout(Guide guide, ConversationState before, Turn turn) {
        GuideNode after = guide.node(turn.state().node());
        boolean answered = guide.isMissCheck(guide.node(before.node())) && after != null && !after.id().equals(before.node())
                && (after.isStep() || after.emergency());
        return answered && turn.state().misheard() ? new Turn(turn.state().pastTheCheck(), turn.reply()) : turn;
    }

    /** "What?" or "repeat" after words not understood answers nothing: a yes after it still follows a miss. */
    private static Turn missesKept(ConversationState before, Command command, Turn turn) {
        boolean stays = before.misses() > 0 && command.action().answersNothing()
                && Objects.equals(before.node(), turn.state().node());
        return stays ? new Turn(turn.state().stillMissed(before.misses()), turn.reply()) : turn;
    }

    /**
     * Said first after leaving during an emergency: whether the danger is over once help was called, else the
     * emergency answer again ("Have you called 911?"), so a yes meant for it never clears the emergency; to a driver
     * with no phone, its no-phone version.
     */
    private static GuideNode welcomeAfterEmergency(Guide guide, ConversationState state) {
        GuideNode check = state.called() ? guide.welcomeAfterEmergency() : guide.detour(Detour.EMERGENCY);
        GuideNode instead = standIn(guide, state, check);
        return instead != null ? instead : check;
    }

    /**
     * What is said instead of {@code node} to a driver with no roadside cover (the locksmith for step 6), no phone
     * (someone nearby to call the emergency number, a phone to borrow) or a rescue item locked in (the quickest ways
     * to it while help comes), or null; each stand-in may be replaced by the next.
     */
    private static GuideNode standIn(Guide guide, ConversationState state, GuideNode node) {
        GuideNode said = replaced(guide, node, StandIn.NO_ROADSIDE, state.noRoadside());
        said = replaced(guide, said, StandIn.NO_PHONE, state.noPhone());
        said = replaced(guide, said, StandIn.RESCUE_ITEM, state.urgency() == Urgency.RESCUE);
        return said == node ? null : said;
    }

    private static GuideNode replaced(Guide guide, GuideNode node, StandIn why, boolean applies) {
        GuideNode instead = applies ? guide.standIn(why, node) : null;
        return instead != null ? instead : node;
    }

    /** At an emergency answer, an emergency is under way, whatever led there; at what to do while help comes, it was called. */
    private static Turn underway(Guide guide, Turn turn) {
        ConversationState state = turn.state();
        String node = state.node();
        if (node != null && guide.standsFor(node, emergencyWaiting(guide)) && !state.called()) {
            return new Turn(state.emergencyCalled(), turn.reply());
        }
        boolean at = isEmergency(guide.node(node));
        return at && !state.emergency() ? new Turn(state.inEmergency(), turn.reply()) : turn;
    }

    /** Where help on the way leads from the emergency answer (what to do while it comes), or null. */
    private static GuideNode emergencyWaiting(Guide guide) {
        Reaction waiting = guide.reaction(Statement.HELP_COMING, guide.detour(Detour.EMERGENCY).id());
        return waiting == null ? null : guide.node(waiting.node());
    }

    private static Turn turn(Guide guide, Talk talk, Command command) {
        Action action = command.action();
        if (talk.atEmergency() && action == Action.CALL_HELP && !talk.atEmergencyAnswer()) {
            // "Call help" while help comes ("Is the danger over…?") is the number, then that question again.
            return talk.stay(talk.phrase(Phrase.IN_DANGER));
        }
        if (talk.atEmergency() && (action.asksWhatToDo() || action.staysAtEmergency())) {
            // Panic while someone is in danger: one breath, then the one thing to do, not "this is a common problem".
            Turn again = talk.emergencyAgain();
            return action == Action.PANIC ? talk.leadOnce(Phrase.BREATHE, again) : again;
        }
        if (talk.afterMiss() && action.asksWhatToDo()) {
            // What was not understood may have been someone in danger: the number comes first.
            return talk.leadOnce(Phrase.IN_DANGER, actionTurn(guide, talk, command));
        }
        Turn turn = actionTurn(guide, talk, command);
        boolean jump = action == Action.GO_TO_STEP || action == Action.START_OVER;
        if (jump && talk.leavesEmergencyFor(turn)) {
            // A step asked for while help comes ("step six", "start over") is said, with the number first.
            return talk.numberFirst(turn);
        }
        return turn;
    }

    /** What the action itself does where the driver is. */
    private static Turn actionTurn(Guide guide, Talk talk, Command command) {
        Action action = command.action();
        if (talk.atResumeOffer() && action.picksUpSavedStep() && command.argument() == null) {
            // With saved progress and nothing under way, these go on from the saved step, never back to step 1;
            // a topic asked by name ("what is valet mode") is answered, and the offer stands.
            return talk.answer(true);
        }
        boolean phoneOrUnnamed = command.argument() == null || guide.isPhone(command.argument());
        if (action == Action.BATTERY && talk.atEmergency() && phoneOrUnnamed) {
            // "My phone is dying" while someone is in danger: call now if it still can, not the fob's battery. A battery
            // not named ("my phone's dying" is a sample without the slot) is the phone's: the one that matters now.
            return talk.statement(Statement.PHONE_DYING);
        }
        if (action.detour() != null) {
            Turn turn = talk.detour(action.detour());
            // "I feel shaky" with medication locked away may be the driver unwell, not only nerves: the number first.
            return action.detour() == Detour.CALM && talk.itemNoted() ? talk.leadOnce(Phrase.UNWELL, turn) : turn;
        }
        if (action == Action.URGENT_ITEM && command.argument() == null && talk.atMissCheck()) {
            // "It's urgent" to "Is a person or an animal locked in…?" is a yes: the emergency answer, never roadside help.
            return talk.answer(true);
        }
        if (action.statement() != null) {
            // Said at a side question asked during an emergency, it answers the emergency's question.
            Talk underneath = talk.emergencyUnderneath();
            Turn turn = (underneath != null ? underneath : talk).statement(statementMeant(command));
            // An EpiPen or an inhaler in the trunk may be needed this minute: the emergency number comes first.
            boolean rescue = action == Action.URGENT_ITEM && guide.isRescueItem(command.argument());
            return rescue ? talk.leadOnce(Phrase.RESCUE_ITEM, turn) : turn;
        }
        return switch (action) {
            case LAUNCH -> talk.launch(command.savedStep(), command.emergencyLeft());
            case START -> talk.start();
            case START_OVER -> talk.restart(null);
            case YES -> talk.answer(true);
            case NO -> talk.no();
            case NEXT -> talk.next();
            case PREVIOUS -> talk.previous();
            case REPEAT -> talk.repeat();
            case MORE -> talk.more(command.argument());
            case GO_TO_STEP -> talk.goToStep(command.number());
            case WHICH_STEP -> talk.whichStep();
            case HELP -> talk.stay(guide.phrase(Phrase.HELP));
            case FALLBACK -> talk.miss();
            case STOP -> talk.goodbye();
            default -> new Turn(talk.state, Reply.silent());
        };
    }

    /** The action's statement; help on the way with a helper named is roadside help, not the emergency call. */
    private static Statement statementMeant(Command command) {
        boolean named = command.action() == Action.HELP_COMING && command.argument() != null;
        return named ? Statement.ROADSIDE_COMING : command.action().statement();
    }

    /** A saved step worth offering: a step past the first. */
    private static boolean isResumable(Guide guide, String savedStep) {
        GuideNode saved = guide.node(savedStep);
        return saved != null && saved.isStep() && !saved.id().equals(guide.start().id());
    }

    /**
     * Save each newly reached step, and the step where the driver tells something that stands (something more urgent
     * inside, help on the way, no roadside cover, an emergency begun or over); an emergency stays saved until the
     * driver says the danger is over, even through a step asked for by number or a start over (they may leave
     * to make the call, or try the spare key while help comes). Clear on finishing (an ending that does not keep it)
     * or starting over with no emergency under way.
     */
    private static ProgressChange progress(Guide guide, ConversationState before, Command command, ConversationState after) {
        GuideNode node = guide.node(after.node());
        boolean finished = node != null && !node.hasQuestion() && !node.keepsProgress();
        if (finished || command.action() == Action.START_OVER && !after.emergency()) {
            return ProgressChange.CLEAR;
        }
        boolean emergencyChanged = after.emergency() != before.emergency() || after.called() != before.called();
        if (emergencyChanged || command.action() == Action.START_OVER) {
            GuideNode kept = stepReached(guide, after);
            kept = kept != null ? kept : stepIn(guide, after);
            return ProgressChange.save(kept != null ? kept.id() : guide.start().id(), after);
        }
        boolean learned = !after.told().equals(before.told());
        GuideNode step = stepReached(guide, after);
        GuideNode was = stepReached(guide, before);
        boolean moved = step != null && (was == null || !step.id().equals(was.id()));
        // What is learned during a side question is kept with the step it was asked from.
        GuideNode kept = step != null || !learned ? step : stepIn(guide, after);
        return moved || kept != null && learned ? ProgressChange.save(kept.id(), after) : ProgressChange.KEEP;
    }

    /** The emergency answer, what follows it (help on the way, getting worse), or its ending. */
    private static boolean isEmergency(GuideNode node) {
        return node != null && node.emergency();
    }

    /** The last step in {@code at}'s history, else the step it offers for resuming, else null. */
    private static GuideNode stepIn(Guide guide, ConversationState at) {
        for (int i = at.history().size() - 1; i >= 0; i--) {
            GuideNode node = guide.node(at.history().get(i));
            if (node.isStep()) {
                return node;
            }
        }
        return guide.node(at.offer());
    }

    /** The step the driver is on: the current node, or, at a question on the way from a step (while you wait), that step. */
    private static GuideNode stepReached(Guide guide, ConversationState at) {
        GuideNode node = guide.node(at.node());
        if (node == null || node.isStep()) {
            return node;
        }
        boolean onTheWay = node.hasQuestion() && !guide.isDetour(node) && !at.history().isEmpty();
        GuideNode previous = onTheWay ? guide.node(at.history().get(at.history().size() - 1)) : null;
        return previous != null && previous.isStep() ? previous : null;
    }

    /** One turn's work on one guide and state. */
    private static final class Talk {
        private final Guide guide;
        private final ConversationState state;
        private final GuideNode current;

        Talk(Guide guide, ConversationState state) {
            this.guide = guide;
            this.state = state;
            this.current = guide.node(state.node());
        }

        Turn restart(String preface) {
            return enter(state.restarted(), guide.start(), preface);
        }

        /**
         * "Start" ("what do I do"), never a silent restart of steps under way: before the steps, the steps; at a side
         * question that returns, the step it returns to; else what to do
         * here again (at step 1 after "no", how to get safe; a car that can't move, its advice).
         */
        Turn start() {
            if (current == null) {
                return restart(null);
            }
            if (guide.isDetour(current) && current.yes().goesBack()) {
                return hasPlace(state) ? back(null) : restart(null);
            }
            Outcome told = stayPutAnswerSaid();
            return told != null ? take(current, told) : stay(spoken(current));
        }

        /** The answer that kept the driver here and was last said (step 1's how to get safe), or null. */
        private Outcome stayPutAnswerSaid() {
            if (!current.hasQuestion() || state.said() == null) {
                return null;
            }
            for (Outcome outcome : List.of(current.yes(), current.no())) {
                if (outcome.to().equals(current.id()) && outcome.say() != null && state.said().contains(outcome.say())) {
                    return outcome;
                }
            }
            return null;
        }

        boolean atEmergency() {
            return isEmergency(current);
        }

        /** At the emergency answer itself ("Call 911 now… Have you called 911?"), or its no-phone stand-in. */
        boolean atEmergencyAnswer() {
            return current != null && guide.standsFor(current.id(), guide.detour(Detour.EMERGENCY));
        }

        /** {@code turn} goes from an emergency answer, or a side question asked there, to a step, the emergency still on. */
        boolean leavesEmergencyFor(Turn turn) {
            GuideNode to = guide.node(turn.state().node());
            boolean fromEmergency = atEmergency() || emergencyUnderneath() != null;
            return fromEmergency && to != null && to.isStep() && turn.state().emergency();
        }

        /** {@code turn} led by the emergency number, unless it says the number already (step 7 does). */
        Turn numberFirst(Turn turn) {
            return turn.reply().speech().contains(guide.emergencyNumber()) ? turn : leadOnce(Phrase.IN_DANGER, turn);
        }

        /** Nothing under way yet, with a step saved in an earlier session on offer. */
        boolean atResumeOffer() {
            return current == null && state.offer() != null;
        }

        /** The driver named something urgent locked inside (medication, a medical device). */
        boolean itemNoted() {
            return state.urgency() != Urgency.NONE;
        }

        boolean afterMiss() {
            return state.misses() > 0;
        }

        /** At a check asked before taking an answer after words not understood ("Is a person or an animal locked in…?"). */
        boolean atMissCheck() {
            return guide.isMissCheck(current);
        }

        /** {@code phrase} as said to this driver: "ask anyone nearby to call" to one with no phone. */
        String phrase(Phrase phrase) {
            return guide.phrase(state.noPhone() ? phrase.withoutPhone() : phrase);
        }

        /** {@code turn} led by {@code phrase}, unless it already leads with it. */
        Turn leadOnce(Phrase phrase, Turn turn) {
            String text = phrase(phrase);
            return turn.reply().speech().startsWith(text) ? turn : leadWith(text, turn);
        }

        /** At the emergency answer, "what do I do", "what number" or "help" is that answer again. */
        Turn emergencyAgain() {
            return stay(current.say());
        }

        /**
         * Welcome; offers to resume at a saved step past the first, else starts at step 1. After leaving during an
         * emergency, first the number and the question left unanswered: whether help was called, else whether the
         * danger is over (once it is, on as the welcome would); with an EpiPen or an inhaler left inside, the number
         * comes first.
         */
        Turn launch(String savedStep, boolean emergencyLeft) {
            boolean resumable = isResumable(guide, savedStep);
            if (emergencyLeft) {
                ConversationState from = resumable ? state.offering(savedStep) : state.restarted();
                return arrive(from, welcomeAfterEmergency(guide, state), null);
            }
            boolean rescue = state.urgency() == Urgency.RESCUE;
            if (!resumable) {
                // The welcome is said once: "repeat" and "what do I do" say step 1 again, not the greeting. The
                // rescue line takes the greeting's place, so the first turn stays short.
                Turn first = restart(null);
                return rescue ? leadOnce(Phrase.RESCUE_ITEM, first) : prefixed(guide.phrase(Phrase.WELCOME), first);
            }
            Turn welcome = welcomeBack(guide.node(savedStep));
            return rescue ? leadOnce(Phrase.RESCUE_ITEM, welcome) : welcome;
        }

        private Turn welcomeBack(GuideNode saved) {
            ConversationState offering = state.offering(saved.id());
            String question = question(offering, null);
            String speech = join(guide.phrase(Phrase.WELCOME_BACK), question);
            return new Turn(offering.saying(speech), new Reply(speech, question, cardTitle(saved), cardText(saved), false));
        }

        /**
         * "No"; after words not understood and not yet asked about, where the shape says so, a check first: step 2 asks
         * about medication, and a dog is not medication. (A yes leads to roadside help, which is checked on arrival.)
         */
        Turn no() {
            GuideNode check = state.misheard() ? guide.noAfterMiss(current) : null;
            return check != null ? enter(state, check, null) : answer(false);
        }

        Turn answer(boolean yes) {
            if (current == null && state.offer() != null) {
                return yes ? resume(guide.node(state.offer()), null) : restart(guide.phrase(Phrase.FROM_THE_START));
            }
            if (current == null || !current.hasQuestion()) {
                return yes ? restart(null) : options();
            }
            if (!yes) {
                Talk emergency = emergencyUnderneath();
                if (emergency != null) {
                    // "No" to "back to where you were?" during an emergency is its no: the call-now ending, never a pause.
                    return emergency.answer(false);
                }
                if (asksToStartInstead(state, current)) {
                    // A one-shot detour asked "start the steps?" instead of its own question; no means the driver is done.
                    return goodbye();
                }
            }
            return take(current, current.outcome(yes));
        }

        /**
         * What a statement means here, per the guide's shape. Where it answers nothing, it is noted and the
         * pending question asked again; before the steps, it starts them.
         */
        Turn statement(Statement statement) {
            Reaction reaction = guide.reaction(statement, state.node());
            GuideNode answering = current;
            GuideNode step = stepUnderneath();
            if (reaction == null && step != null) {
                // Said during a side question, it may answer the step the driver came from.
                reaction = guide.reaction(statement, step.id());
                answering = step;
            }
            if (reaction == null) {
                return current == null && state.offer() == null ? restart(null) : stay(guide.phrase(Phrase.NOTED));
            }
            if (reaction.answersHere() && answering == current) {
                // "Just groceries" is a no, checked like one after words not understood (a dog is not groceries either).
                return reaction.answer() ? answer(true) : no();
            }
            if (reaction.answersHere()) {
                return take(answering, answering.outcome(reaction.answer()));
            }
            GuideNode node = guide.node(reaction.node());
            return reaction.takesAnswer() ? take(node, node.outcome(reaction.answer())) : enter(state, node, null);
        }

        Turn next() {
            if (current == null || !current.hasQuestion()) {
                return restart(null);
            }
            if (!current.isStep()) {
                // From a side question, on to where its yes leads: back to the step, or (a car that can't move) help.
                return current.yes().goesBack() ? back(null) : answer(true);
            }
            if (guide.noAfterMiss(current) != null) {
                // "Next" at step 2 is its no (on to step 3), checked like one after words not understood.
                return no();
            }
            GuideNode following = guide.step(current.step() + 1);
            return following == null ? stay(guide.phrase(Phrase.LAST_STEP)) : enter(state, following, null);
        }

        /** The place visited before this one; at a step reached without one (a jump, a new session), the step before it. */
        Turn previous() {
            GuideNode here = stepHere();
            if (here != null && placeBefore(here) == null) {
                GuideNode before = guide.step(here.step() - 1);
                return before == null ? stay(guide.phrase(Phrase.NO_PREVIOUS)) : arrive(state, before, standIn(before), null);
            }
            if (state.history().isEmpty()) {
                return current == null ? restart(null) : stay(guide.phrase(Phrase.NO_PREVIOUS));
            }
            return back(null);
        }

        Turn repeat() {
            if (state.said() == null) {
                return stay(null);
            }
            return new Turn(state.understood(), reply(state.said(), current));
        }

        /**
         * More about this step; asked about a topic by name ("where is the key blade"), what its step says about
         * it, then the pending question again (the driver may be at another step).
         */
        Turn more(String topic) {
            GuideNode about = guide.topicStep(topic);
            if (about != null) {
                return stay(about.about());
            }
            return stay(current != null && current.more() != null ? current.more() : guide.phrase(Phrase.NO_MORE));
        }

        Turn goToStep(Integer number) {
            if (number != null && guide.isEmergencyNumber(number)) {
                // "Nine one one" heard as a number is the emergency, never "there are 7 steps".
                return detour(Detour.EMERGENCY);
            }
            GuideNode step = number == null ? null : guide.step(number);
            if (step == null) {
                return stay(fill(guide.phrase(Phrase.NO_SUCH_STEP), null));
            }
            GuideNode check = checkFirst(state, step);
            if (check != null) {
                // "Step six" after words not understood and not asked about: the check first, as on the way there.
                return arrive(state, check, null);
            }
            // Asked for by number, a step is said as it is, even one an item named earlier answers; without roadside
            // cover, step 6 is the locksmith, as it is on the way there.
            return arrive(state, step, standIn(step), null);
        }

        Turn whichStep() {
            if (current == null) {
                // With saved progress, the question itself says which step it was.
                return stay(state.offer() != null ? null : guide.phrase(Phrase.NOT_STARTED));
            }
            // At a side question, the step it goes back to; the emergency's answers say what they are.
            GuideNode here = stepHere();
            GuideNode step = here != null ? here : current.emergency() ? null : stepUnderneath();
            Phrase phrase = step != null ? Phrase.WHICH_STEP : Phrase.WHICH_DETOUR;
            return stay(fill(guide.phrase(phrase), step != null ? step : current));
        }

        Turn detour(Detour detour) {
            boolean again = detour == Detour.EMERGENCY && state.called();
            return enter(state, guide.detour(again ? Detour.EMERGENCY_AGAIN : detour), null);
        }

        /** {@code turn}, said after {@code text}; "repeat" says both again. */
        private Turn leadWith(String text, Turn turn) {
            Turn led = prefixed(text, turn);
            return new Turn(led.state().saying(led.reply().speech()), led.reply());
        }

        /** {@code turn}, said after {@code text}; "repeat" says the turn alone. */
        private static Turn prefixed(String text, Turn turn) {
            Reply r = turn.reply();
            return new Turn(turn.state(), new Reply(join(text, r.speech()), r.reprompt(), r.cardTitle(), r.cardText(),
                    r.endSession(), r.screen()));
        }

        Turn goodbye() {
            String speech = phrase(Phrase.GOODBYE);
            return new Turn(state.understood().saying(speech), new Reply(speech, null, null, null, true));
        }

        /**
         * Not understood: a re-ask that escalates (yes or no, then the options, then call help), never twice the
         * same. Each gives the emergency number: words the model misses may be someone in danger.
         */
        Turn miss() {
            ConversationState missed = state.missed();
            Phrase phrase = MISSES.get((missed.misses() - 1) % MISSES.size());
            boolean yesOrNo = phrase == Phrase.FALLBACK && current != null && current.hasQuestion();
            String text = join(guide.phrase(phrase), phrase(Phrase.IN_DANGER), yesOrNo ? guide.phrase(Phrase.YES_OR_NO) : null);
            // "Repeat" after a re-ask repeats what was said before it, not the re-ask.
            Turn reask = speak(missed, current, text);
            return new Turn(missed, reask.reply());
        }

        /** Before the steps, "no": what can be said instead, which is the question itself (the prompt would list it again). */
        private Turn options() {
            String speech = guide.phrase(Phrase.OPTIONS);
            return new Turn(state.understood().saying(speech), new Reply(speech, guide.phrase(Phrase.PROMPT), null, null, false));
        }

        /** Says {@code text} and re-asks the pending question without moving. */
        Turn stay(String text) {
            return speak(state.understood(), current, text);
        }

        /** Takes a node's answer: its target (back: where the driver was) and its words. Staying put, the words end with their own invitation. */
        private Turn take(GuideNode from, Outcome outcome) {
            if (outcome.goesBack()) {
                // Going back from an emergency answer is its "the danger is over".
                Talk after = from.emergency() ? new Talk(guide, state.emergencyOver()) : this;
                return after.back(outcome.say());
            }
            if (outcome.to().equals(from.id()) && outcome.say() != null) {
                ConversationState there = from.equals(current) ? state.understood() : state.moveTo(from.id(), false);
                return new Turn(there.saying(outcome.say()), reply(outcome.say(), from));
            }
            return enter(state, guide.node(outcome.to()), outcome.say());
        }

        /**
         * Back to the last step the driver was on (side questions and the emergency's check on the way are skipped),
         * else the offered or first step.
         */
        private Turn back(String preface) {
            Talk emergency = emergencyUnderneath();
            if (emergency != null) {
                // A side question asked during an emergency goes back to it, never on to the steps.
                return emergency.stay(join(preface, spoken(emergency.current)));
            }
            ConversationState previous = placeBefore(stepHere());
            if (previous != null) {
                GuideNode node = guide.node(previous.node());
                GuideNode instead = standIn(node);
                return instead != null ? arrive(previous, instead, preface) : speak(previous, node, join(preface, spoken(node)));
            }
            GuideNode offered = guide.node(state.offer());
            return offered != null ? resume(offered, preface) : enter(state.restarted(), guide.start(), preface);
        }

        /**
         * The state back at the last place visited before this one, or null. Side questions and the emergency's are
         * skipped; from step {@code here} (or the locksmith standing in for it), so is every step at or past it, so "go
         * back" never goes forward after a jump ("step five", then "next").
         */
        private ConversationState placeBefore(GuideNode here) {
            ConversationState previous = state;
            while (!previous.history().isEmpty()) {
                previous = previous.back();
                GuideNode node = guide.node(previous.node());
                boolean side = guide.isDetour(node) || node.emergency() || current != null && node.id().equals(current.id());
                boolean ahead = here != null && node.isStep() && node.step() >= here.step();
                if (!side && !ahead) {
                    return previous;
                }
            }
            return null;
        }

        /**
         * At side questions asked from an emergency answer ("I'm panicking", then "what not to do"), the turn at that
         * answer, which still stands; else null.
         */
        Talk emergencyUnderneath() {
            return emergencyUnder(state);
        }

        /** The turn at the emergency answer under the side questions {@code from} is at, or null. */
        private Talk emergencyUnder(ConversationState from) {
            GuideNode here = guide.node(from.node());
            if (isEmergency(here) || !guide.isDetour(here)) {
                return null;
            }
            ConversationState at = from;
            while (!at.history().isEmpty()) {
                at = at.back();
                GuideNode node = guide.node(at.node());
                if (isEmergency(node)) {
                    return new Talk(guide, at);
                }
                if (!guide.isDetour(node)) {
                    return null;
                }
            }
            return null;
        }

        /** The step the driver is on: this step, or the step whose stand-in this is (the locksmith for step 6); else null. */
        private GuideNode stepHere() {
            if (current == null || current.isStep()) {
                return current;
            }
            for (GuideNode step : guide.steps()) {
                GuideNode instead = standIn(step);
                if (instead != null && instead.id().equals(current.id())) {
                    return step;
                }
            }
            return null;
        }

        private GuideNode standIn(GuideNode node) {
            return ConversationEngine.standIn(guide, state, node);
        }

        /** Picks up at a step saved in an earlier session; "go back" from there walks back through the steps before it. */
        private Turn resume(GuideNode step, String preface) {
            return enter(state.restarted().after(stepsBefore(step, step)), step, preface);
        }

        /**
         * During a side question, the step it was asked from (or the step offered for resuming); before the steps,
         * the step offered for resuming; else null.
         */
        private GuideNode stepUnderneath() {
            if (current == null) {
                return guide.node(state.offer());
            }
            return guide.isDetour(current) ? stepIn(guide, state) : null;
        }

        /** Not at a step, none visited and none on offer. */
        private boolean nothingToKeep(ConversationState at) {
            GuideNode node = guide.node(at.node());
            return (node == null || !node.isStep()) && stepIn(guide, at) == null;
        }

        /** True when a side question has a step to go back to; one asked before the steps has none. */
        private boolean hasPlace(ConversationState at) {
            return stepIn(guide, at) != null;
        }

        /** Arrives at {@code target}, passing a step whose question an urgent item named earlier already answers. */
        private Turn enter(ConversationState from, GuideNode target, String preface) {
            if (target.keepsProgress() && !target.isStep() && !target.emergency() && nothingToKeep(from)) {
                // "I've kept your place" with no place to keep would be untrue; an emergency is always kept.
                return goodbye();
            }
            Outcome answered = answeredByItem(from, target);
            ConversationState at = from;
            GuideNode to = target;
            if (answered != null) {
                // The guide's own words for that answer assume it was just given; ITEM_KNOWN says why it is skipped.
                at = from.moveTo(target.id(), false);
                to = guide.node(answered.to());
            }
            // Answering the check, its own words give the number ("if you're not sure, call 911 now").
            boolean rescueAhead = at.urgency() == Urgency.RESCUE && isWhereUrgentItemsLead(to) && !atMissCheck();
            GuideNode check = checkFirst(at, to);
            if (check != null) {
                // Roadside help after words not understood and not asked about (a dog named at step 4): the check
                // instead of the words that lead there ("then let's not lose time").
                return arrive(at, check, rescueAhead ? phrase(Phrase.RESCUE_ITEM) : null);
            }
            GuideNode instead = waitingInsteadOf(at, to);
            // Not "call roadside assistance" to a driver who called for help already or has no cover (the locksmith).
            instead = instead != null ? instead : standIn(to);
            // Not "Good, you're in… Take care" while someone may be in danger: check on them, with the number.
            instead = instead != null ? instead : openedDuringEmergency(at, to);
            // The rescue line says why already ("if anyone needs it right now"): both would go over 50 words.
            String why = answered == null || rescueAhead ? null : guide.phrase(Phrase.ITEM_KNOWN);
            return arrive(at, to, instead, join(rescueAhead ? phrase(Phrase.RESCUE_ITEM) : null, preface, why));
        }

        /** Arrives at {@code instead} by way of {@code target}, which "go back" then passes; at {@code target} when null. */
        private Turn arrive(ConversationState from, GuideNode target, GuideNode instead, String preface) {
            if (instead == null) {
                return arrive(from, target, preface);
            }
            ConversationState passed = target.isStep() ? settled(from, target).moveTo(target.id(), false) : from;
            return arrive(passed, instead, preface);
        }

        /**
         * Where help on the way leads from {@code step}, when the driver said so earlier, has not been there yet and
         * has not tried what it offers (a driver who walked steps 3 to 5 is not offered them again); else null.
         */
        private GuideNode waitingInsteadOf(ConversationState at, GuideNode step) {
            Reaction reaction = at.helpComing() && step.isStep() ? guide.reaction(Statement.HELP_COMING, step.id()) : null;
            if (reaction == null || reaction.answersHere() || reaction.takesAnswer() || at.history().contains(reaction.node())) {
                return null;
            }
            GuideNode waiting = guide.node(reaction.node());
            // A side answer (the emergency's waiting advice at step 1) answers the moment it is said, never an arrival.
            boolean tried = waiting.hasQuestion() && at.history().contains(waiting.yes().to());
            return tried || guide.isDetour(waiting) ? null : waiting;
        }

        /** Where "it opened" leads from the emergency answer, when {@code target} is where it leads elsewhere and an emergency is on. */
        private GuideNode openedDuringEmergency(ConversationState at, GuideNode target) {
            Reaction usual = guide.reaction(Statement.OPENED, guide.start().id());
            Reaction during = guide.reaction(Statement.OPENED, guide.detour(Detour.EMERGENCY).id());
            boolean opened = usual != null && during != null && target.id().equals(usual.node());
            return at.emergency() && opened ? guide.node(during.node()) : null;
        }

        /** True for the step an urgent item leads to (step 6, call for help), however the driver gets there. */
        private boolean isWhereUrgentItemsLead(GuideNode node) {
            return guide.steps().stream().map(this::itemAnswer).anyMatch(answer -> leadsTo(answer, node));
        }

        private static boolean leadsTo(Outcome answer, GuideNode node) {
            return answer != null && answer.to().equals(node.id());
        }

        /** The check asked first when {@code at} arrives at {@code node} with words missed and not asked about, or null. */
        private GuideNode checkFirst(ConversationState at, GuideNode node) {
            return at.misheard() && !atMissCheck() ? checkBefore(node) : null;
        }

        /** The check asked before arriving at {@code node}: the one for a yes at the step whose urgent item leads there. */
        private GuideNode checkBefore(GuideNode node) {
            return guide.steps().stream().filter(step -> leadsTo(itemAnswer(step), node))
                    .map(guide::yesAfterMiss).filter(Objects::nonNull).findFirst().orElse(null);
        }

        /** The answer an urgent item named earlier gives at {@code target}, or null. */
        private Outcome answeredByItem(ConversationState from, GuideNode target) {
            return from.urgency() == Urgency.NONE || !target.isStep() ? null : itemAnswer(target);
        }

        /** The answer naming an urgent item gives to {@code step}'s own question ("is anything like that inside?"), or null. */
        private Outcome itemAnswer(GuideNode step) {
            Reaction reaction = guide.reaction(Statement.URGENT_ITEM, step.id());
            return reaction != null && reaction.answersHere() ? step.outcome(reaction.answer()) : null;
        }

        private Turn arrive(ConversationState from, GuideNode target, String preface) {
            ConversationState at = target.isStep() ? settled(from, target) : from;
            return speak(at.moveTo(target.id(), !target.isStep()), target, join(preface, spoken(target)));
        }

        /**
         * A step reached while a saved step is on offer (a one-shot "I can't move the car", then "yes"; "my puffer is
         * in the boot"): the steps before it, as far as the saved one, become the way back, as when picking up there.
         */
        private ConversationState settled(ConversationState from, GuideNode target) {
            GuideNode offered = guide.node(from.offer());
            if (offered == null) {
                return from;
            }
            List<String> way = new ArrayList<>(stepsBefore(target, offered));
            way.addAll(from.history());
            return from.after(way);
        }

        /** The ids of the steps before {@code target}, none past {@code last}: the way back from a step. */
        private List<String> stepsBefore(GuideNode target, GuideNode last) {
            return guide.steps().stream().filter(s -> s.step() < target.step() && s.step() <= last.step())
                    .map(GuideNode::id).toList();
        }

        /** A node's words as spoken on arrival: a step with more to tell says so. */
        private String spoken(GuideNode node) {
            return join(node.say(), node.more() != null ? guide.phrase(Phrase.MORE_HINT) : null);
        }

        private Turn speak(ConversationState to, GuideNode node, String text) {
            String speech = join(text, question(to, node));
            return new Turn(to.saying(speech), reply(speech, node, to));
        }

        private Reply reply(String speech, GuideNode node) {
            return reply(speech, node, state);
        }

        private Reply reply(String speech, GuideNode node, ConversationState to) {
            boolean ends = node != null && !node.hasQuestion();
            if (node == null) {
                return new Reply(speech, question(to, null), null, null, false);
            }
            return new Reply(speech, ends ? null : question(to, node), cardTitle(node), cardText(node), ends,
                    screen(node, ends));
        }

        private Screen screen(GuideNode node, boolean ends) {
            String heading = node.isStep() ? fill(guide.phrase(Phrase.SCREEN_HEADING), node) : node.title();
            Double progress = node.isStep() ? (double) node.step() / guide.steps().size() : null;
            String emphasis = isEmergency(node) ? guide.emergencyNumber() : "";
            List<Screen.Button> buttons = ends ? List.of() : List.of(
                    new Screen.Button(guide.phrase(Phrase.BUTTON_NEXT), Action.NEXT),
                    new Screen.Button(guide.phrase(Phrase.BUTTON_REPEAT), Action.REPEAT),
                    new Screen.Button(guide.phrase(Phrase.BUTTON_CALL_HELP), Action.CALL_HELP));
            return new Screen(heading, node.title(), node.card(), progress, emphasis, buttons);
        }

        /** The pending question at {@code node}: a detour that would go back, with nowhere to go, offers to start the steps. */
        private String question(ConversationState at, GuideNode node) {
            if (node == null) {
                GuideNode offered = guide.node(at.offer());
                return offered != null ? join(fill(guide.phrase(Phrase.WAS_ON_STEP), offered), guide.phrase(Phrase.RESUME_ASK))
                        : guide.phrase(Phrase.PROMPT);
            }
            return asksToStartInstead(at, node) ? guide.phrase(Phrase.START_ASK) : node.ask();
        }

        /**
         * A side question that would go back, with nowhere to go back to (an emergency answer keeps its own question, and
         * one asked from an emergency answer goes back to it).
         */
        private boolean asksToStartInstead(ConversationState at, GuideNode node) {
            boolean goesBack = node.hasQuestion() && guide.isDetour(node) && node.yes().goesBack();
            return goesBack && !node.emergency() && !hasPlace(at) && emergencyUnder(at) == null;
        }

        private String cardTitle(GuideNode node) {
            return node.isStep() ? fill(guide.phrase(Phrase.CARD_TITLE_STEP), node) : node.title();
        }

        private String cardText(GuideNode node) {
            if (!node.links() || guide.resources().isEmpty()) {
                return node.card();
            }
            return node.card() + "\n\n" + guide.phrase(Phrase.NUMBERS_TO_CALL) + "\n\n"
                    + guide.phrase(Phrase.RESOURCES_HEADING) + "\n" + String.join("\n", guide.resources());
        }

        private String fill(String template, GuideNode node) {
            Map<Placeholder, Object> values = new EnumMap<>(Placeholder.class);
            values.put(Placeholder.TOTAL, guide.steps().size());
            if (node != null) {
                values.put(Placeholder.TITLE, node.title());
                if (node.isStep()) {
                    values.put(Placeholder.NUMBER, node.step());
                }
            }
            return Placeholder.fill(template, values);
        }

        private static String join(String... parts) {
            StringJoiner out = new StringJoiner(" ");
            for (String part : parts) {
                if (part != null && !part.isBlank()) {
                    out.add(part);
                }
            }
            return out.toString();
        }
    }
}
