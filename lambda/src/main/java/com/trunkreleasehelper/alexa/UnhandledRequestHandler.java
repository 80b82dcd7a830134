package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.trunkreleasehelper.conversation.Action;
import com.trunkreleasehelper.conversation.Command;
import com.trunkreleasehelper.logging.SkillLog;

import java.util.Map;
import java.util.Optional;

/**
 * Any request type no other handler claims (registered last). Inside a session the driver hears the
 * pending question again; outside one there is nobody to talk to, so the response is empty.
 */
record UnhandledRequestHandler(ConversationTurns turns, SkillLog log) implements RequestHandler {

    @Override
    public Optional<Response> handle(HandlerInput input) {
        log.warn("unhandled_request", Map.of("requestType", input.getRequestEnvelope().getRequest().getType()));
        if (!ConversationTurns.hasSession(input)) {
            return input.getResponseBuilder().build();
        }
        return turns.answer(input, Command.of(Action.FALLBACK));
    }

    /** Whatever is left: this handler is registered last. */
    @Override
    public boolean canHandle(HandlerInput input) {
        return true;
    }
}
