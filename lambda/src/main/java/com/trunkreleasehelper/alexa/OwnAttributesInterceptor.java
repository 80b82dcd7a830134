package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;
import com.trunkreleasehelper.conversation.StateCodec;

import java.util.Optional;

/**
 * After every handler: the session attributes sent back are exactly this skill's state, never an echo of
 * whatever arrived (which could be damaged, foreign, or hundreds of kilobytes).
 */
final class OwnAttributesInterceptor implements ResponseInterceptor {

    private final StateCodec codec;

    OwnAttributesInterceptor(StateCodec codec) {
        this.codec = codec;
    }

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        writeOwnAttributes(input);
    }

    void writeOwnAttributes(HandlerInput input) {
        if (TurnContext.hasSession(input)) {
            input.getAttributesManager().setSessionAttributes(codec.toAttributes(TurnContext.state(input)));
        }
    }
}
