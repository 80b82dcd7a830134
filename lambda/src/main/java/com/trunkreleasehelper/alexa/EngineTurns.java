package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.trunkreleasehelper.conversation.Command;
import com.trunkreleasehelper.conversation.ConversationEngine;
import com.trunkreleasehelper.conversation.Turn;

import java.util.Optional;

/** Runs one command through the engine for the request at hand and renders the reply. */
final class EngineTurns {

    private final ConversationEngine engine;
    private final ReplyRenderer renderer;
    private final ProgressKeeper progress;

    EngineTurns(ConversationEngine engine, ReplyRenderer renderer, ProgressKeeper progress) {
        this.engine = engine;
        this.renderer = renderer;
        this.progress = progress;
    }

    Optional<Response> run(HandlerInput input, Command command) {
        Turn turn = engine.handle(TurnContext.guide(input), TurnContext.state(input), command);
        TurnContext.setState(input, turn.state());
        progress.apply(input, turn.progress());
        return renderer.render(input, turn.reply());
    }

    /** The step this user saved in an earlier session, for the launch offer. */
    String savedStep(HandlerInput input) {
        return progress.savedStep(input);
    }
}
