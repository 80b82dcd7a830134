package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import java.util.Optional;

/** Whatever failed inside a handler, the driver hears an answer: see {@link ConversationTurns#apologise}. */
record AlwaysAnswerExceptionHandler(ConversationTurns turns) implements ExceptionHandler {

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        return turns.apologise(input, throwable);
    }

    /** Every failure, whatever its type: the driver always hears an answer. */
    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return true;
    }
}
