package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.UserEventHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import com.trunkreleasehelper.conversation.Command;

import java.util.List;
import java.util.Optional;

/** A touch on the screen's Next, Repeat or Call help button: handled exactly like the spoken intent. */
final class ScreenTouchHandler implements UserEventHandler {

    private final ConversationTurns turns;

    ScreenTouchHandler(ConversationTurns turns) {
        this.turns = turns;
    }

    @Override
    public boolean canHandle(HandlerInput input, UserEvent event) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, UserEvent event) {
        List<Object> arguments = event.getArguments();
        Object first = arguments == null || arguments.isEmpty() ? null : arguments.get(0);
        return turns.answer(input, Command.of(ScreenActions.action(first)));
    }
}
