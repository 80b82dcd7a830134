package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.SessionEndedRequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import com.trunkreleasehelper.conversation.Action;
import com.trunkreleasehelper.conversation.Command;
import com.trunkreleasehelper.logging.SkillLog;

import java.util.Map;
import java.util.Optional;

/** The session closed (silence, the user left, or an error Alexa saw): nothing may be spoken. */
record SessionEndedHandler(ConversationTurns turns, SkillLog log) implements SessionEndedRequestHandler {

    @Override
    public Optional<Response> handle(HandlerInput input, SessionEndedRequest request) {
        if (request.getError() != null) {
            log.warn("session_ended_with_error", Map.of(
                    "reason", String.valueOf(request.getReason()),
                    "errorType", String.valueOf(request.getError().getType())));
        }
        return turns.answer(input, Command.of(Action.SESSION_ENDED));
    }

    /** Every session end, whatever the reason. */
    @Override
    public boolean canHandle(HandlerInput input, SessionEndedRequest request) {
        return true;
    }
}
