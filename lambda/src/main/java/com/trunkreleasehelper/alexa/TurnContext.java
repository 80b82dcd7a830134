package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.trunkreleasehelper.content.Guide;
import com.trunkreleasehelper.conversation.ConversationState;

/** The guide and conversation state of the request being handled, kept in the SDK's request attributes. */
final class TurnContext {

    private static final String GUIDE = "trunkReleaseHelper.guide";
    private static final String STATE = "trunkReleaseHelper.state";

    private TurnContext() {
    }

    static void begin(HandlerInput input, Guide guide, ConversationState state) {
        input.getAttributesManager().getRequestAttributes().put(GUIDE, guide);
        setState(input, state);
    }

    static Guide guide(HandlerInput input) {
        return (Guide) input.getAttributesManager().getRequestAttributes().get(GUIDE);
    }

    /** The state as loaded or as the last turn left it; fresh when nothing was loaded. */
    static ConversationState state(HandlerInput input) {
        Object state = input.getAttributesManager().getRequestAttributes().get(STATE);
        return state instanceof ConversationState s ? s : ConversationState.fresh();
    }

    static void setState(HandlerInput input, ConversationState state) {
        input.getAttributesManager().getRequestAttributes().put(STATE, state);
    }

    static boolean hasSession(HandlerInput input) {
        return input.getRequestEnvelope().getSession() != null;
    }
}
