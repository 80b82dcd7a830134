package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;
import com.trunkreleasehelper.conversation.Reply;

import java.util.Optional;

/**
 * The engine's {@link Reply} as an Alexa response: SSML speech, reprompt, a Standard card for the phone
 * app, the step on screen for devices with APL, and the session flag.
 */
final class ReplyRenderer {

    /** Alexa's limit for all card text together. */
    static final int MAX_CARD = 8_000;

    private final StepScreen screen;

    ReplyRenderer(StepScreen screen) {
        this.screen = screen;
    }

    Optional<Response> render(HandlerInput input, Reply reply) {
        ResponseBuilder out = input.getResponseBuilder();
        if (reply.speech() == null) {
            return out.build();
        }
        out.withSpeech(Ssml.fromText(reply.speech()));
        if (reply.cardTitle() != null) {
            out.withStandardCard(reply.cardTitle(), bounded(reply.cardTitle(), reply.cardText()), null);
        }
        if (reply.screen() != null && StepScreen.supported(input)) {
            out.addDirective(screen.directive(reply.screen(), input));
        }
        if (reply.endSession()) {
            out.withShouldEndSession(true);
        } else {
            out.withReprompt(Ssml.fromText(reply.reprompt())).withShouldEndSession(false);
        }
        return out.build();
    }

    private static String bounded(String title, String text) {
        int room = MAX_CARD - title.length();
        return text.length() > room ? text.substring(0, room) : text;
    }
}
