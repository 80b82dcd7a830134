package com.trunkreleasehelper.conversation;

import com.trunkreleasehelper.content.Detour;
import com.trunkreleasehelper.content.Guide;
import com.trunkreleasehelper.content.GuideNode;
import com.trunkreleasehelper.content.Outcome;
import com.trunkreleasehelper.content.Phrase;
import com.trunkreleasehelper.content.Placeholder;

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

    public Turn handle(Guide guide, ConversationState state, Command command) {
        Objects.requireNonNull(state, "state");
        ConversationState known = state.node() == null || guide.hasNode(state.node()) ? state : ConversationState.fresh();
        Turn turn = turn(guide, new Talk(guide, known), command);
        return turn.withProgress(progress(guide, known, command, turn.state()));
    }

    private static Turn turn(Guide guide, Talk talk, Command command) {
        return switch (command.action()) {
            case LAUNCH -> talk.launch(command.argument());
            case START, START_OVER -> talk.restart(null);
            case YES -> talk.answer(true);
            case NO -> talk.answer(false);
            case NEXT -> talk.next();
            case PREVIOUS -> talk.previous();
            case REPEAT -> talk.repeat();
            case GO_TO_STEP -> talk.goToStep(command.number());
            case WHICH_STEP -> talk.whichStep();
            case CALL_HELP -> talk.detour(Detour.CALL_HELP);
            case EMERGENCY -> talk.detour(Detour.EMERGENCY);
            case WHAT_NOT_TO_DO -> talk.detour(Detour.DO_NOT);
            case WHAT_CAN_WAIT -> talk.detour(Detour.CAN_WAIT);
            case HELP -> talk.stay(guide.phrase(Phrase.HELP));
            case FALLBACK -> talk.stay(guide.phrase(Phrase.FALLBACK));
            case STOP -> talk.goodbye();
            case SESSION_ENDED -> new Turn(talk.state, Reply.silent());
        };
    }

    /** Save each newly reached step; clear on finishing (an ending) or starting over. */
    private static ProgressChange progress(Guide guide, ConversationState before, Command command, ConversationState after) {
        GuideNode node = guide.node(after.node());
        if (command.action() == Action.START_OVER || (node != null && !node.hasQuestion())) {
            return ProgressChange.CLEAR;
        }
        if (node != null && node.isStep() && !node.id().equals(before.node())) {
            return ProgressChange.save(node.id());
        }
        return ProgressChange.KEEP;
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
            return enter(ConversationState.fresh(), guide.start(), preface);
        }

        /** Welcome; offers to resume at a saved step past the first, else starts at step 1. */
        Turn launch(String savedStep) {
            GuideNode saved = guide.node(savedStep);
            if (saved == null || !saved.isStep() || saved.equals(guide.start())) {
                return restart(guide.phrase(Phrase.WELCOME));
            }
            ConversationState offering = ConversationState.offering(saved.id());
            String speech = join(fill(guide.phrase(Phrase.WELCOME_BACK), saved), guide.phrase(Phrase.RESUME_ASK));
            return new Turn(offering.saying(speech), new Reply(speech, guide.phrase(Phrase.RESUME_ASK),
                    cardTitle(saved), cardText(saved), false));
        }

        Turn answer(boolean yes) {
            if (current == null && state.offer() != null) {
                return yes ? enter(ConversationState.fresh(), guide.node(state.offer()), null) : restart(null);
            }
            if (current == null || !current.hasQuestion()) {
                return yes ? restart(null) : stay(guide.phrase(Phrase.OPTIONS));
            }
            Outcome outcome = current.outcome(yes);
            if (outcome.goesBack()) {
                return back(outcome.say());
            }
            if (outcome.to().equals(current.id()) && outcome.say() != null) {
                // Staying put: the outcome's words end with their own invitation (say next when parked).
                return new Turn(state.saying(outcome.say()), reply(outcome.say(), current));
            }
            return enter(state, guide.node(outcome.to()), outcome.say());
        }

        Turn next() {
            if (current == null || !current.hasQuestion()) {
                return restart(null);
            }
            if (!current.isStep()) {
                return back(null);
            }
            GuideNode following = guide.step(current.step() + 1);
            return following == null ? stay(guide.phrase(Phrase.LAST_STEP)) : enter(state, following, null);
        }

        Turn previous() {
            if (state.history().isEmpty()) {
                return current == null ? restart(null) : stay(guide.phrase(Phrase.NO_PREVIOUS));
            }
            return back(null);
        }

        Turn repeat() {
            if (state.said() == null) {
                return stay(null);
            }
            return new Turn(state, reply(state.said(), current));
        }

        Turn goToStep(Integer number) {
            GuideNode step = number == null ? null : guide.step(number);
            if (step == null) {
                return stay(fill(guide.phrase(Phrase.NO_SUCH_STEP), null));
            }
            return enter(state, step, null);
        }

        Turn whichStep() {
            if (current == null) {
                return stay(guide.phrase(Phrase.NOT_STARTED));
            }
            Phrase phrase = current.isStep() ? Phrase.WHICH_STEP : Phrase.WHICH_DETOUR;
            return stay(fill(guide.phrase(phrase), current));
        }

        Turn detour(Detour detour) {
            return enter(state, guide.detour(detour), null);
        }

        Turn goodbye() {
            String speech = guide.phrase(Phrase.GOODBYE);
            return new Turn(state.saying(speech), new Reply(speech, null, null, null, true));
        }

        /** Says {@code text} and re-asks the pending question without moving. */
        Turn stay(String text) {
            return speak(state, current, text);
        }

        private Turn back(String preface) {
            if (state.history().isEmpty()) {
                return enter(ConversationState.fresh(), guide.start(), preface);
            }
            ConversationState previous = state.back();
            return speak(previous, guide.node(previous.node()), join(preface, guide.node(previous.node()).say()));
        }

        private Turn enter(ConversationState from, GuideNode target, String preface) {
            return speak(from.moveTo(target.id()), target, join(preface, target.say()));
        }

        private Turn speak(ConversationState to, GuideNode node, String text) {
            String speech = join(text, question(node));
            return new Turn(to.saying(speech), reply(speech, node));
        }

        private Reply reply(String speech, GuideNode node) {
            boolean ends = node != null && !node.hasQuestion();
            if (node == null) {
                return new Reply(speech, question(null), null, null, false);
            }
            return new Reply(speech, ends ? null : question(node), cardTitle(node), cardText(node), ends, screen(node, ends));
        }

        private Screen screen(GuideNode node, boolean ends) {
            String heading = node.isStep() ? fill(guide.phrase(Phrase.SCREEN_HEADING), node) : node.title();
            Double progress = node.isStep() ? (double) node.step() / guide.steps().size() : null;
            String emphasis = node.equals(guide.detour(Detour.EMERGENCY)) ? guide.emergencyNumber() : "";
            List<Screen.Button> buttons = ends ? List.of() : List.of(
                    new Screen.Button(guide.phrase(Phrase.BUTTON_NEXT), Action.NEXT),
                    new Screen.Button(guide.phrase(Phrase.BUTTON_REPEAT), Action.REPEAT),
                    new Screen.Button(guide.phrase(Phrase.BUTTON_CALL_HELP), Action.CALL_HELP));
            return new Screen(heading, node.title(), node.card(), progress, emphasis, buttons);
        }

        private String question(GuideNode node) {
            if (node != null) {
                return node.ask();
            }
            return state.offer() != null ? guide.phrase(Phrase.RESUME_ASK) : guide.phrase(Phrase.PROMPT);
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
