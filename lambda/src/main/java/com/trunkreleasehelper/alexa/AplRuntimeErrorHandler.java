package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.RuntimeErrorEventHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.RuntimeError;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.RuntimeErrorEvent;
import com.trunkreleasehelper.alexa.envelope.AplRuntimeError;
import com.trunkreleasehelper.logging.SkillLog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The device could not show our screen. The driver did nothing, so nothing is said and the document is
 * not sent again (which would fail the same way); the error is logged once and the conversation goes on.
 */
record AplRuntimeErrorHandler(ConversationTurns turns, SkillLog log) implements RuntimeErrorEventHandler {

    @Override
    public Optional<Response> handle(HandlerInput input, RuntimeErrorEvent event) {
        List<RuntimeError> errors = event.getErrors() == null ? List.of() : event.getErrors();
        log.warn("screen_error", Map.of(
                "errorTypes", errors.stream().map(RuntimeError::getType).toList().toString(),
                "reasons", errors.stream().map(e -> e instanceof AplRuntimeError apl ? apl.getReason() : null).toList().toString()));
        return turns.keep(input);
    }

    /** Every screen error, of any type. */
    @Override
    public boolean canHandle(HandlerInput input, RuntimeErrorEvent event) {
        return true;
    }
}
