package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.trunkreleasehelper.content.Guide;
import com.trunkreleasehelper.content.GuideNode;
import com.trunkreleasehelper.content.Phrase;
import com.trunkreleasehelper.logging.SkillLog;

import java.util.Map;
import java.util.Optional;

/**
 * Whatever failed inside a handler, the driver hears a calm sentence with the emergency number and the
 * pending question, and the conversation state is kept as it was before the failed turn.
 */
final class AlwaysAnswerExceptionHandler implements ExceptionHandler {

    private final OwnAttributesInterceptor attributes;
    private final TurnLogger turnLogger;

    AlwaysAnswerExceptionHandler(OwnAttributesInterceptor attributes, TurnLogger turnLogger) {
        this.attributes = attributes;
        this.turnLogger = turnLogger;
    }

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        SkillLog.error("handler_failed", Map.of(
                "exception", throwable.getClass().getName(),
                "at", String.valueOf(throwable.getStackTrace().length > 0 ? throwable.getStackTrace()[0] : "")));
        Guide guide = TurnContext.guide(input);
        turnLogger.log(input, "error");
        if (guide == null || !TurnContext.hasSession(input)) {
            return input.getResponseBuilder().build();
        }
        attributes.writeOwnAttributes(input);
        GuideNode node = guide.node(TurnContext.state(input).node());
        String question = node != null && node.hasQuestion() ? node.ask() : guide.phrase(Phrase.PROMPT);
        return input.getResponseBuilder()
                .withSpeech(Ssml.fromText(guide.phrase(Phrase.ERROR) + " " + question))
                .withReprompt(Ssml.fromText(question))
                .withShouldEndSession(false)
                .build();
    }
}
