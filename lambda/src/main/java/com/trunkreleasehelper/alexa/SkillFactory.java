package com.trunkreleasehelper.alexa;

import com.trunkreleasehelper.alexa.envelope.EnvelopeJson;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.conversation.ConversationEngine;
import com.trunkreleasehelper.conversation.StateCodec;
import com.trunkreleasehelper.logging.SkillLog;
import com.trunkreleasehelper.progress.ProgressStore;
import com.trunkreleasehelper.progress.ResilientProgressStore;

import java.time.Clock;

/** Wires the ASK skill: one handler per request type, all answering through {@link ConversationTurns}. */
public final class SkillFactory {

    private SkillFactory() {
    }

    /**
     * @param skillId the only skill ID accepted, or null/blank to accept any (local runs and tests)
     * @param store   where progress is kept between sessions
     * @param log     where the skill's log lines go
     */
    public static SkillRuntime build(Guides guides, String skillId, ProgressStore store, SkillLog log) {
        return build(guides, skillId, store, log, new ReplyRenderer(new StepScreen()));
    }

    static SkillRuntime build(Guides guides, String skillId, ProgressStore store, SkillLog log, ReplyRenderer renderer) {
        ProgressKeeper progress = new ProgressKeeper(new ResilientProgressStore(store, log), Clock.systemUTC());
        ConversationTurns turns = new ConversationTurns(guides, new StateCodec(), new ConversationEngine(), renderer,
                progress, log);
        DispatcherBuilder builder = new DispatcherBuilder();
        builder
                .addRequestHandlers(
                        new LaunchHandler(turns),
                        new ModelIntentHandler(turns, log),
                        new ScreenTouchHandler(turns),
                        new AplRuntimeErrorHandler(turns, log),
                        new CanFulfillHandler(guides, log),
                        new SessionEndedHandler(turns, log),
                        new ExceptionEncounteredHandler(log),
                        new UnhandledRequestHandler(turns, log))
                .addExceptionHandler(new AlwaysAnswerExceptionHandler(turns));
        String accepted = skillId == null || skillId.isBlank() ? null : skillId.trim();
        return new SkillRuntime(builder.buildDispatcher(), new EnvelopeJson(), accepted);
    }
}
