package com.trunkreleasehelper.alexa;

import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.conversation.ConversationEngine;
import com.trunkreleasehelper.conversation.StateCodec;
import com.trunkreleasehelper.progress.ProgressStore;
import com.trunkreleasehelper.progress.ResilientProgressStore;

import java.time.Clock;

/** Wires the ASK skill: interceptors, one handler per intent family, and the exception handler. */
public final class SkillFactory {

    private SkillFactory() {
    }

    /**
     * @param skillId the only skill ID accepted, or null/blank to accept any (local runs and tests)
     * @param store   where progress is kept between sessions
     */
    public static SkillRuntime build(Guides guides, String skillId, ProgressStore store) {
        StateCodec codec = new StateCodec();
        ProgressKeeper progress = new ProgressKeeper(new ResilientProgressStore(store), Clock.systemUTC());
        EngineTurns turns = new EngineTurns(new ConversationEngine(), new ReplyRenderer(new StepScreen()), progress);
        OwnAttributesInterceptor ownAttributes = new OwnAttributesInterceptor(codec);
        TurnLogger turnLogger = new TurnLogger();
        DispatcherBuilder builder = new DispatcherBuilder();
        builder
                .addRequestInterceptor(new ConversationInterceptor(guides, codec))
                .addRequestInterceptor(turnLogger)
                .addResponseInterceptor(ownAttributes)
                .addResponseInterceptor(turnLogger)
                .addRequestHandlers(
                        new LaunchHandler(turns),
                        new AnswerHandler(turns),
                        new NavigationHandler(turns),
                        new CallHelpHandler(turns),
                        new InformationHandler(turns),
                        new GoodbyeHandler(turns),
                        new ScreenTouchHandler(turns),
                        new FallbackHandler(turns),
                        new SessionEndedHandler(turns),
                        new ExceptionEncounteredHandler(),
                        new UnhandledRequestHandler(turns))
                .addExceptionHandler(new AlwaysAnswerExceptionHandler(ownAttributes, turnLogger));
        String accepted = skillId == null || skillId.isBlank() ? null : skillId.trim();
        return new SkillRuntime(builder.buildDispatcher(), new EnvelopeJson(), accepted);
    }

    public static Guides guides() {
        return new Guides();
    }
}
