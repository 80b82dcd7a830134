package com.trunkreleasehelper.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the driver is: the current node (whose question, if it has one, is the pending question), the
 * nodes visited before it (for "go back"), the last thing said (for "repeat"), and the step offered for
 * resuming at launch (whose "pick up there?" is then the pending question). Immutable.
 */
public record ConversationState(String node, List<String> history, String said, String offer) {

    /** Version of the stored form; a stored state of any other version starts fresh. */
    public static final int VERSION = 1;
    /** Bounds the history so session attributes stay small however long the conversation runs. */
    public static final int MAX_HISTORY = 20;

    public ConversationState {
        history = List.copyOf(history);
    }

    public ConversationState(String node, List<String> history, String said) {
        this(node, history, said, null);
    }

    public static ConversationState fresh() {
        return new ConversationState(null, List.of(), null, null);
    }

    /** A conversation not yet started that offers to resume at {@code step}. */
    static ConversationState offering(String step) {
        return new ConversationState(null, List.of(), null, step);
    }

    /** Moves to {@code target}, remembering the current node so "back" can return to it. */
    ConversationState moveTo(String target) {
        if (node == null || node.equals(target)) {
            return new ConversationState(target, history, said, null);
        }
        List<String> next = new ArrayList<>(history);
        next.add(node);
        if (next.size() > MAX_HISTORY) {
            next.remove(0);
        }
        return new ConversationState(target, next, said, null);
    }

    /** Returns to the last node visited, forgetting it; only called when history is not empty. */
    ConversationState back() {
        return new ConversationState(history.get(history.size() - 1), history.subList(0, history.size() - 1), said, null);
    }

    ConversationState saying(String speech) {
        return new ConversationState(node, history, speech, offer);
    }
}
