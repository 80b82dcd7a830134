package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.LaunchRequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.trunkreleasehelper.conversation.Action;
import com.trunkreleasehelper.conversation.Command;

import java.util.Optional;

/** "Alexa, open trunk release helper": a welcome and step 1, or the offer to pick up a saved step. */
record LaunchHandler(ConversationTurns turns) implements LaunchRequestHandler {

    @Override
    public Optional<Response> handle(HandlerInput input, LaunchRequest request) {
        return turns.answer(input, Command.of(Action.LAUNCH));
    }

    /** Every launch, with or without a saved step: the engine decides what to offer. */
    @Override
    public boolean canHandle(HandlerInput input, LaunchRequest request) {
        return true;
    }
}
