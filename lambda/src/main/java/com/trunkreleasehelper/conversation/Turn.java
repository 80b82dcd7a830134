package com.trunkreleasehelper.conversation;

/** The engine's answer to one command: the new state and what to say. */
public record Turn(ConversationState state, Reply reply) {
}
