package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.UserEventHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import com.trunkreleasehelper.conversation.Command;

import java.util.List;
import java.util.Optional;

/** A touch on the screen's Next, Repeat or Call help button: handled exactly like the spoken intent. */
record ScreenTouchHandler(ConversationTurns turns) implements UserEventHandler {

    @Override
    public Optional<Response> handle(HandlerInput input, UserEvent event) {
        List<Object> arguments = event.getArguments();
        Object first = arguments == null || arguments.isEmpty() ? null : arguments.get(0);
        return turns.answer(input, Command.of(ScreenActions.action(first)));
    }

    /** Any touch: an argument the screen never sends is answered like the fallback. */
    @Override
    public boolean canHandle(HandlerInput input, UserEvent event) {
        return true;
    }
}
