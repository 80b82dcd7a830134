package com.trunkreleasehelper.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the driver is: the current node (whose question, if it has one, is the pending question), the
 * nodes visited before it (for "go back"), the last thing said (for "repeat"), the step offered for
 * resuming at launch (kept through detours until the driver is back in the steps), and how many turns in
 * a row were not understood (so re-asks escalate instead of repeating), what urgent item the driver named
 * (kept through a restart: it is still in the trunk), whether the driver said help is on the way, whether
 * they said they have no roadside cover (so no later turn sends them to it), whether an emergency is under way
 * (an emergency answer was reached and the driver has not said the danger is over: a step asked for meanwhile
 * does not end it), and whether they said they have no phone to call with. Immutable.
 */
public record ConversationState(String node, List<String> history, String said, String offer, int misses,
                                Urgency urgency, boolean helpComing, boolean noRoadside, boolean emergency,
                                boolean noPhone) {

    /** Version of the stored form; a stored state of any other version starts fresh. */
    public static final int VERSION = 1;
    /** Bounds the history so session attributes stay small however long the conversation runs. */
    public static final int MAX_HISTORY = 20;

    public ConversationState {
        history = List.copyOf(history);
        urgency = urgency == null ? Urgency.NONE : urgency;
    }

    public ConversationState(String node, List<String> history, String said, String offer, int misses, Urgency urgency,
                             boolean helpComing, boolean noRoadside, boolean emergency) {
        this(node, history, said, offer, misses, urgency, helpComing, noRoadside, emergency, false);
    }

    public ConversationState(String node, List<String> history, String said, String offer, int misses, Urgency urgency,
                             boolean helpComing, boolean noRoadside) {
        this(node, history, said, offer, misses, urgency, helpComing, noRoadside, false);
    }

    public ConversationState(String node, List<String> history, String said, String offer, int misses, Urgency urgency,
                             boolean helpComing) {
        this(node, history, said, offer, misses, urgency, helpComing, false);
    }

    public ConversationState(String node, List<String> history, String said, String offer, int misses, Urgency urgency) {
        this(node, history, said, offer, misses, urgency, false);
    }

    public ConversationState(String node, List<String> history, String said, String offer, int misses) {
        this(node, history, said, offer, misses, Urgency.NONE);
    }

    public ConversationState(String node, List<String> history, String said) {
        this(node, history, said, null, 0);
    }

    public static ConversationState fresh() {
        return new ConversationState(null, List.of(), null, null, 0);
    }

    /** Not yet started, offering to resume at {@code step}, still knowing what is locked inside. */
    ConversationState offering(String step) {
        return new ConversationState(null, List.of(), null, step, 0, urgency, helpComing, noRoadside, emergency, noPhone);
    }

    /** Not yet started again, still knowing what is locked inside. */
    ConversationState restarted() {
        return new ConversationState(null, List.of(), null, null, 0, urgency, helpComing, noRoadside, emergency, noPhone);
    }

    /** The same, with {@code earlier} as the nodes visited before (a resumed conversation's earlier steps). */
    ConversationState after(List<String> earlier) {
        return new ConversationState(node, earlier, said, offer, misses, urgency, helpComing, noRoadside, emergency, noPhone);
    }

    /** The driver named an urgent item. */
    ConversationState noting(Urgency named) {
        return new ConversationState(node, history, said, offer, misses, urgency.and(named), helpComing, noRoadside, emergency, noPhone);
    }

    /** The driver said help is on the way. */
    ConversationState helpOnTheWay() {
        return new ConversationState(node, history, said, offer, misses, urgency, true, noRoadside, emergency, noPhone);
    }

    /** An emergency answer was reached: someone may be in danger until the driver says the danger is over. */
    ConversationState inEmergency() {
        return emergency ? this : new ConversationState(node, history, said, offer, misses, urgency, helpComing,
                noRoadside, true, noPhone);
    }

    /** The driver said the danger is over, everyone out and safe. */
    ConversationState emergencyOver() {
        return new ConversationState(node, history, said, offer, misses, urgency, helpComing, noRoadside, false, noPhone);
    }

    /** The driver said they have no roadside cover. */
    ConversationState withoutRoadside() {
        return new ConversationState(node, history, said, offer, misses, urgency, helpComing, true, emergency, noPhone);
    }

    /** The driver said they have no phone to call with (locked in the trunk, left at home). */
    ConversationState withoutPhone() {
        return new ConversationState(node, history, said, offer, misses, urgency, helpComing, noRoadside, emergency, true);
    }

    /**
     * Moves to {@code target}, remembering the current node so "back" can return to it. A resume offer
     * is kept only on the way to a detour ({@code keepOffer}); reaching a step settles it.
     */
    ConversationState moveTo(String target, boolean keepOffer) {
        String keptOffer = keepOffer ? offer : null;
        if (node == null || node.equals(target)) {
            return new ConversationState(target, history, said, keptOffer, 0, urgency, helpComing, noRoadside, emergency, noPhone);
        }
        List<String> next = new ArrayList<>(history);
        next.add(node);
        if (next.size() > MAX_HISTORY) {
            next.remove(0);
        }
        return new ConversationState(target, next, said, keptOffer, 0, urgency, helpComing, noRoadside, emergency, noPhone);
    }

    /** Returns to the last node visited, forgetting it; only called when history is not empty. */
    ConversationState back() {
        return new ConversationState(history.get(history.size() - 1), history.subList(0, history.size() - 1), said,
                offer, 0, urgency, helpComing, noRoadside, emergency, noPhone);
    }

    ConversationState saying(String speech) {
        return new ConversationState(node, history, speech, offer, misses, urgency, helpComing, noRoadside, emergency, noPhone);
    }

    /** One more turn not understood. */
    ConversationState missed() {
        return new ConversationState(node, history, said, offer, misses + 1, urgency, helpComing, noRoadside, emergency, noPhone);
    }

    /** An understood turn: the count of misses starts again. */
    ConversationState understood() {
        return misses == 0 ? this : new ConversationState(node, history, said, offer, 0, urgency, helpComing, noRoadside, emergency, noPhone);
    }
}
