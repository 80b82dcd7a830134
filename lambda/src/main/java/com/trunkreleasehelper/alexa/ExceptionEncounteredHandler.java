package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.ExceptionEncounteredRequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.system.ExceptionEncounteredRequest;
import com.trunkreleasehelper.logging.SkillLog;

import java.util.Map;
import java.util.Optional;

/** Alexa reports that a directive we sent failed; it arrives without a session and takes no speech. */
record ExceptionEncounteredHandler(SkillLog log) implements ExceptionEncounteredRequestHandler {

    @Override
    public Optional<Response> handle(HandlerInput input, ExceptionEncounteredRequest request) {
        String type = request.getError() == null ? "unknown" : String.valueOf(request.getError().getType());
        log.warn("alexa_reported_error", Map.of("errorType", type));
        return input.getResponseBuilder().build();
    }

    /** Every report, whichever directive failed. */
    @Override
    public boolean canHandle(HandlerInput input, ExceptionEncounteredRequest request) {
        return true;
    }
}
