package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.system.ExceptionEncounteredRequest;
import com.amazon.ask.request.Predicates;
import com.trunkreleasehelper.logging.SkillLog;

import java.util.Map;
import java.util.Optional;

/** Alexa reports that a directive we sent failed; it arrives without a session and takes no speech. */
final class ExceptionEncounteredHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(ExceptionEncounteredRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        ExceptionEncounteredRequest request = (ExceptionEncounteredRequest) input.getRequestEnvelope().getRequest();
        String type = request.getError() == null ? "unknown" : String.valueOf(request.getError().getType());
        SkillLog.warn("alexa_reported_error", Map.of("errorType", type));
        return input.getResponseBuilder().build();
    }
}
