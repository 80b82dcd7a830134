package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import com.amazon.ask.request.Predicates;
import com.trunkreleasehelper.conversation.Command;

import java.util.List;
import java.util.Optional;

/** A touch on the screen's Next, Repeat or Call help button: handled exactly like the spoken intent. */
final class ScreenTouchHandler implements RequestHandler {

    private final EngineTurns turns;

    ScreenTouchHandler(EngineTurns turns) {
        this.turns = turns;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(UserEvent.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        List<Object> arguments = ((UserEvent) input.getRequestEnvelope().getRequest()).getArguments();
        Object first = arguments == null || arguments.isEmpty() ? null : arguments.get(0);
        return turns.run(input, Command.of(ScreenActions.action(first)));
    }
}
