package com.trunkreleasehelper.conversation;

/** The engine's answer to one command: the new state, what to say, and what to do with saved progress. */
public record Turn(ConversationState state, Reply reply, ProgressChange progress) {

    public Turn(ConversationState state, Reply reply) {
        this(state, reply, ProgressChange.KEEP);
    }

    Turn withProgress(ProgressChange change) {
        return new Turn(state, reply, change);
    }
}
