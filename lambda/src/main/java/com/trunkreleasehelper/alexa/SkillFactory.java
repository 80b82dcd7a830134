package com.trunkreleasehelper.alexa;

import com.amazon.ask.Skill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.conversation.ConversationEngine;
import com.trunkreleasehelper.conversation.StateCodec;

/** Wires the ASK skill: interceptors, one handler per intent family, and the exception handler. */
public final class SkillFactory {

    private SkillFactory() {
    }

    /**
     * @param skillId the only skill ID accepted, or null/blank to accept any (local runs and tests)
     */
    public static Skill build(Guides guides, String skillId) {
        StateCodec codec = new StateCodec();
        EngineTurns turns = new EngineTurns(new ConversationEngine(), new ReplyRenderer());
        OwnAttributesInterceptor ownAttributes = new OwnAttributesInterceptor(codec);
        TurnLogger turnLogger = new TurnLogger();
        CustomSkillBuilder builder = new CustomSkillBuilder()
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
                        new FallbackHandler(turns),
                        new SessionEndedHandler(turns),
                        new ExceptionEncounteredHandler(),
                        new UnhandledRequestHandler(turns))
                .addExceptionHandler(new AlwaysAnswerExceptionHandler(ownAttributes, turnLogger));
        if (skillId != null && !skillId.isBlank()) {
            builder.withSkillId(skillId.trim());
        }
        return builder.build();
    }

    public static Guides guides() {
        return new Guides(new ObjectMapper());
    }
}
