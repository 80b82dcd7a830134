package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.model.Session;
import com.trunkreleasehelper.content.Guide;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.conversation.ConversationState;
import com.trunkreleasehelper.conversation.StateCodec;
import com.trunkreleasehelper.logging.SkillLog;

import java.util.Map;

/** Before any handler: picks the guide for the request's locale and reads the state from the session. */
final class ConversationInterceptor implements RequestInterceptor {

    private final Guides guides;
    private final StateCodec codec;

    ConversationInterceptor(Guides guides, StateCodec codec) {
        this.guides = guides;
        this.codec = codec;
    }

    @Override
    public void process(HandlerInput input) {
        Guide guide = guides.forLocale(input.getRequestEnvelope().getRequest().getLocale());
        TurnContext.begin(input, guide, readState(input, guide));
    }

    private ConversationState readState(HandlerInput input, Guide guide) {
        Session session = input.getRequestEnvelope().getSession();
        if (session == null) {
            return ConversationState.fresh();
        }
        StateCodec.Decoded decoded = codec.fromAttributes(session.getAttributes(), guide);
        boolean expected = Boolean.TRUE.equals(session.getNew());
        if (decoded.resetReason() != null && !expected) {
            SkillLog.warn("state_reset", Map.of("reason", decoded.resetReason()));
        }
        return decoded.state();
    }
}
