package com.trunkreleasehelper;

import com.amazon.ask.Skill;
import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.request.impl.BaseSkillRequest;
import com.amazon.ask.response.SkillResponse;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trunkreleasehelper.alexa.SkillFactory;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.logging.SkillLog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * The Lambda entry point. The skill is built once per process (static, so a SnapStart snapshot holds it,
 * primed by {@link SnapStartPriming});
 * every request is read, answered, or rejected with one clear log line.
 */
public final class TrunkReleaseHelperHandler implements RequestStreamHandler {

    private static final String SKILL_ID = System.getenv(FunctionEnvironment.SKILL_ID);
    private static final Guides GUIDES = SkillFactory.guides();
    private static final Skill SKILL = SkillFactory.build(GUIDES, SKILL_ID);
    /** Held here because CRaC keeps only weak references to registered resources. */
    private static final SnapStartPriming PRIMING = new SnapStartPriming(SKILL, GUIDES, new ObjectMapper(), SKILL_ID);

    static {
        PRIMING.register();
    }

    private final Skill skill;

    public TrunkReleaseHelperHandler() {
        this(SKILL);
    }

    TrunkReleaseHelperHandler(Skill skill) {
        this.skill = skill;
    }

    /** A handler accepting only {@code skillId} (null accepts any), for tests and local tools. */
    public static TrunkReleaseHelperHandler forSkillId(String skillId) {
        return new TrunkReleaseHelperHandler(SkillFactory.build(SkillFactory.guides(), skillId));
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        SkillResponse<ResponseEnvelope> response;
        try {
            response = skill.execute(new BaseSkillRequest(input.readAllBytes()), context);
        } catch (AskSdkException e) {
            throw reject("unreadable_request", "The request is not a readable Alexa request envelope.");
        } catch (RuntimeException e) {
            SkillLog.error("request_failed", Map.of("exception", e.getClass().getName()));
            throw reject("request_failed", "The request could not be handled.");
        }
        if (response == null || !response.isPresent()) {
            throw reject("wrong_skill_id", "The request is for another skill ID than " + FunctionEnvironment.SKILL_ID + ".");
        }
        response.writeTo(output);
    }

    private static RejectedRequestException reject(String event, String message) {
        SkillLog.warn("request_rejected", Map.of("reason", event));
        return new RejectedRequestException(message);
    }
}
