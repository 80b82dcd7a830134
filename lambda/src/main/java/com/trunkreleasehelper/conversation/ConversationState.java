package com.trunkreleasehelper.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the driver is: the current node (whose question, if it has one, is the pending question), the
 * nodes visited before it (for "go back"), the last thing said (for "repeat"), the step offered for
 * resuming at launch (kept through detours until the driver is back in the steps), how many turns in
 * a row were not understood (so re-asks escalate instead of repeating), and what the driver has told that
 * stands ({@link Told}: kept through a restart). Immutable.
 */
public record ConversationState(String node, List<String> history, String said, String offer, int misses, Told told) {

    /** Version of the stored form; a stored state of any other version starts fresh. */
    public static final int VERSION = 1;
    /** Bounds the history so session attributes stay small however long the conversation runs. */
    public static final int MAX_HISTORY = 20;

    public ConversationState {
        history = List.copyOf(history);
        told = told == null ? Told.NOTHING : told;
    }

    public ConversationState(String node, List<String> history, String said, String offer, int misses) {
        this(node, history, said, offer, misses, Told.NOTHING);
    }

    public ConversationState(String node, List<String> history, String said) {
        this(node, history, said, null, 0);
    }

    public static ConversationState fresh() {
        return new ConversationState(null, List.of(), null, null, 0);
    }

    public Urgency urgency() {
        return told.urgency();
    }

    public boolean helpComing() {
        return told.helpComing();
    }

    public boolean noRoadside() {
        return told.noRoadside();
    }

    public boolean emergency() {
        return told.emergency();
    }

    public boolean called() {
        return told.called();
    }

    public boolean noPhone() {
        return told.noPhone();
    }

    /** Words were not understood that the guide has not yet asked about ("Is a person or an animal locked in…?"). */
    public boolean misheard() {
        return told.misheard();
    }

    /** Not yet started, offering to resume at {@code step}, still knowing what was told. */
    ConversationState offering(String step) {
        return new ConversationState(null, List.of(), null, step, 0, told);
    }

    /** Not yet started again, still knowing what was told. */
    ConversationState restarted() {
        return new ConversationState(null, List.of(), null, null, 0, told);
    }

    /** The same, with {@code earlier} as the nodes visited before (a resumed conversation's earlier steps). */
    ConversationState after(List<String> earlier) {
        return new ConversationState(node, earlier, said, offer, misses, told);
    }

    /** The same, also knowing what the driver told in an earlier session. */
    ConversationState hearing(Told earlier) {
        return telling(told.and(earlier));
    }

    /** The driver named an urgent item. */
    ConversationState noting(Urgency named) {
        return telling(told.noting(named));
    }

    /** The driver said help is on the way. */
    ConversationState helpOnTheWay() {
        return telling(told.helpOnTheWay());
    }

    /** An emergency answer was reached: someone may be in danger until the driver says the danger is over. */
    ConversationState inEmergency() {
        return emergency() ? this : telling(told.inEmergency());
    }

    /** The emergency services were called: the driver is at, or passed, what to do while they come. */
    ConversationState emergencyCalled() {
        return called() ? this : telling(told.emergencyCalled());
    }

    /** The driver said the danger is over, everyone out and safe. */
    ConversationState emergencyOver() {
        return telling(told.emergencyOver());
    }

    /** The driver said they have no roadside cover. */
    ConversationState withoutRoadside() {
        return telling(told.withoutRoadside());
    }

    /** The driver said they have no phone to call with (locked in the trunk, left at home). */
    ConversationState withoutPhone() {
        return telling(told.withoutPhone());
    }

    private ConversationState telling(Told now) {
        return new ConversationState(node, history, said, offer, misses, now);
    }

    /**
     * Moves to {@code target}, remembering the current node so "back" can return to it. A resume offer
     * is kept only on the way to a detour ({@code keepOffer}); reaching a step settles it.
     */
    ConversationState moveTo(String target, boolean keepOffer) {
        String keptOffer = keepOffer ? offer : null;
        if (node == null || node.equals(target)) {
            return new ConversationState(target, history, said, keptOffer, 0, told);
        }
        List<String> next = new ArrayList<>(history);
        next.add(node);
        if (next.size() > MAX_HISTORY) {
            next.remove(0);
        }
        return new ConversationState(target, next, said, keptOffer, 0, told);
    }

    /** Returns to the last node visited, forgetting it; only called when history is not empty. */
    ConversationState back() {
        return new ConversationState(history.get(history.size() - 1), history.subList(0, history.size() - 1), said,
                offer, 0, told);
    }

    ConversationState saying(String speech) {
        return new ConversationState(node, history, speech, offer, misses, told);
    }

    /** One more turn not understood. */
    ConversationState missed() {
        return new ConversationState(node, history, said, offer, misses + 1, told.wordsMissed());
    }

    /** The driver answered the check asked after words not understood. */
    ConversationState pastTheCheck() {
        return misheard() ? telling(told.pastTheCheck()) : this;
    }

    /** The same, with {@code count} misses in a row still standing: the turn between answered nothing. */
    ConversationState stillMissed(int count) {
        return new ConversationState(node, history, said, offer, count, told);
    }

    /** An understood turn: the count of misses starts again. */
    ConversationState understood() {
        return misses == 0 ? this : new ConversationState(node, history, said, offer, 0, told);
    }
}
