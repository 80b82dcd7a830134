package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;
import com.trunkreleasehelper.conversation.Command;

import java.util.Optional;

/** "Alexa, open trunk release helper": a welcome and step 1, or the offer to pick up a saved step. */
final class LaunchHandler implements RequestHandler {

    private final EngineTurns turns;

    LaunchHandler(EngineTurns turns) {
        this.turns = turns;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(LaunchRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return turns.run(input, Command.launch(turns.savedStep(input)));
    }
}
