package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;
import com.trunkreleasehelper.conversation.Action;
import com.trunkreleasehelper.conversation.Command;

import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** A handler for a family of intents, each mapped to one engine action. */
abstract class IntentFamilyHandler implements RequestHandler {

    private final Map<String, Action> actions;
    private final Predicate<HandlerInput> claims;
    private final EngineTurns turns;

    IntentFamilyHandler(EngineTurns turns, Map<String, Action> actions) {
        this.turns = turns;
        this.actions = Map.copyOf(actions);
        this.claims = actions.keySet().stream().map(Predicates::intentName).reduce(Predicate::or).orElseThrow();
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(claims);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        IntentRequest request = (IntentRequest) input.getRequestEnvelope().getRequest();
        return turns.run(input, command(request, actions.get(request.getIntent().getName())));
    }

    /** The command for this request; families with slots override it. */
    Command command(IntentRequest request, Action action) {
        return Command.of(action);
    }
}
