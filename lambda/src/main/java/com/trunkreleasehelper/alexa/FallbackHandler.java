package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;
import com.trunkreleasehelper.conversation.Action;
import com.trunkreleasehelper.conversation.Command;
import com.trunkreleasehelper.logging.SkillLog;

import java.util.Map;
import java.util.Optional;

/**
 * AMAZON.FallbackIntent and any intent this skill does not know (registered last): a short re-ask of
 * the pending question.
 */
final class FallbackHandler implements RequestHandler {

    private final EngineTurns turns;

    FallbackHandler(EngineTurns turns) {
        this.turns = turns;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(IntentRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        IntentRequest request = (IntentRequest) input.getRequestEnvelope().getRequest();
        String name = request.getIntent() == null ? null : request.getIntent().getName();
        if (!IntentNames.FALLBACK.equals(name)) {
            SkillLog.warn("unknown_intent", Map.of("intent", String.valueOf(name)));
        }
        return turns.run(input, Command.of(Action.FALLBACK));
    }
}
