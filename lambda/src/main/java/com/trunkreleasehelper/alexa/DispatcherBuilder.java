package com.trunkreleasehelper.alexa;

import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.builder.SkillConfiguration;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.dispatcher.GenericRequestDispatcher;
import com.amazon.ask.request.dispatcher.impl.BaseRequestDispatcher;

import java.util.Optional;

/**
 * The SDK's skill builder, stopping at the dispatcher. The SDK's own {@code Skill} also builds a JSON
 * reader that loads every one of the model's ~500 request and directive classes at construction, which
 * is most of a cold start; {@link EnvelopeJson} reads only the request types this skill answers.
 */
final class DispatcherBuilder extends CustomSkillBuilder {

    GenericRequestDispatcher<HandlerInput, Optional<Response>> buildDispatcher() {
        SkillConfiguration config = getConfigBuilder().build();
        return BaseRequestDispatcher.<HandlerInput, Optional<Response>>builder()
                .withRequestMappers(config.getRequestMappers())
                .withHandlerAdapters(config.getHandlerAdapters())
                .withExceptionMapper(config.getExceptionMapper())
                .build();
    }
}
