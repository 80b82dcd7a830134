package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.dispatcher.GenericRequestDispatcher;
import com.amazon.ask.util.SdkConstants;
import com.trunkreleasehelper.alexa.envelope.EnvelopeJson;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Optional;

/**
 * One request through the ASK dispatcher: read the envelope, check the skill ID, dispatch to the
 * handlers (exception handler included), write the response envelope. What {@code com.amazon.ask.CustomSkill}
 * does, with a leaner envelope reader and writer ({@link EnvelopeJson}). The session attributes sent back
 * are only what the turn wrote (see {@link ConversationTurns}), never an echo of what came in.
 */
public final class SkillRuntime {

    /** Why a request was not answered. */
    public enum Rejection { UNREADABLE, WRONG_SKILL_ID }

    /** A request this skill will not answer. */
    public static final class RejectedException extends Exception {
        private final Rejection reason;

        RejectedException(Rejection reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        public Rejection reason() {
            return reason;
        }
    }

    /**
     * What the SDK's {@code UserAgentUtils.getUserAgent("trunk-release-helper")} answers, built here because that
     * class starts SLF4J (a service-loader scan of every jar) for one string on the cold path (README "Cold start").
     */
    private static final String USER_AGENT = "ask-java/" + SdkConstants.SDK_VERSION + " Java/" + System.getProperty("java.version")
            + " trunk-release-helper";

    private final GenericRequestDispatcher<HandlerInput, Optional<Response>> dispatcher;
    private final EnvelopeJson json;
    private final String skillId;

    SkillRuntime(GenericRequestDispatcher<HandlerInput, Optional<Response>> dispatcher, EnvelopeJson json,
                 String skillId) {
        this.dispatcher = dispatcher;
        this.json = json;
        this.skillId = skillId;
    }

    /** Answers one request envelope onto {@code out}; {@code context} is the Lambda context (may be null). */
    public void handle(byte[] body, Object context, OutputStream out) throws RejectedException, IOException {
        RequestEnvelope envelope = read(body);
        if (skillId != null && !skillId.equals(applicationId(envelope))) {
            throw new RejectedException(Rejection.WRONG_SKILL_ID);
        }
        HandlerInput input = HandlerInput.builder().withRequestEnvelope(envelope).withContext(context).build();
        boolean session = envelope.getSession() != null;
        if (session) {
            input.getAttributesManager().setSessionAttributes(new HashMap<>());
        }
        Optional<Response> response = dispatcher.dispatch(input);
        json.write(response.orElse(null), session ? input.getAttributesManager().getSessionAttributes() : null,
                USER_AGENT, out);
    }

    private RequestEnvelope read(byte[] body) throws RejectedException {
        try {
            RequestEnvelope envelope = json.read(body);
            if (envelope == null) {
                throw new RejectedException(Rejection.UNREADABLE);
            }
            return envelope;
        } catch (IOException e) {
            throw new RejectedException(Rejection.UNREADABLE);
        }
    }

    private static String applicationId(RequestEnvelope envelope) {
        var context = envelope.getContext();
        if (context == null || context.getSystem() == null || context.getSystem().getApplication() == null) {
            return null;
        }
        return context.getSystem().getApplication().getApplicationId();
    }
}
