package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.request.Predicates;
import com.trunkreleasehelper.conversation.Action;
import com.trunkreleasehelper.conversation.Command;
import com.trunkreleasehelper.logging.SkillLog;

import java.util.Map;
import java.util.Optional;

/** The session closed (silence, the user left, or an error Alexa saw): nothing may be spoken. */
final class SessionEndedHandler implements RequestHandler {

    private final EngineTurns turns;

    SessionEndedHandler(EngineTurns turns) {
        this.turns = turns;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(SessionEndedRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        SessionEndedRequest request = (SessionEndedRequest) input.getRequestEnvelope().getRequest();
        if (request.getError() != null) {
            SkillLog.warn("session_ended_with_error", Map.of(
                    "reason", String.valueOf(request.getReason()),
                    "errorType", String.valueOf(request.getError().getType())));
        }
        return turns.run(input, Command.of(Action.SESSION_ENDED));
    }
}
