package com.trunkreleasehelper;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.trunkreleasehelper.alexa.SkillFactory;
import com.trunkreleasehelper.alexa.SkillRuntime;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.progress.ProgressStores;
import com.trunkreleasehelper.logging.SkillLog;

import java.io.ByteArrayOutputStream;
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

    private static final Guides GUIDES = new Guides();
    private static final SkillRuntime SKILL = buildSkill(System.getenv());
    /** Held here because CRaC keeps only weak references to registered resources. */
    private static final SnapStartPriming PRIMING = SnapStartPriming.forSkillId(GUIDES,
            System.getenv(FunctionEnvironment.SKILL_ID));

    static {
        PRIMING.register();
    }

    private final SkillRuntime skill;

    /** The constructor the Lambda runtime calls: the skill configured from the process environment. */
    public TrunkReleaseHelperHandler() {
        this(SKILL);
    }

    TrunkReleaseHelperHandler(SkillRuntime skill) {
        this.skill = skill;
    }

    /** A handler configured from {@code env} instead of the process environment (local tools, tests). */
    public static TrunkReleaseHelperHandler forEnvironment(Map<String, String> env) {
        return new TrunkReleaseHelperHandler(buildSkill(env));
    }

    /** A handler accepting only {@code skillId} (null accepts any), keeping progress in memory. */
    public static TrunkReleaseHelperHandler forSkillId(String skillId) {
        return forEnvironment(skillId == null ? Map.of() : Map.of(FunctionEnvironment.SKILL_ID, skillId));
    }

    private static SkillRuntime buildSkill(Map<String, String> env) {
        return SkillFactory.build(GUIDES, env.get(FunctionEnvironment.SKILL_ID), ProgressStores.fromEnvironment(env));
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream(4096);
        try {
            skill.handle(input.readAllBytes(), context, answer);
        } catch (SkillRuntime.RejectedException e) {
            throw e.reason() == SkillRuntime.Rejection.WRONG_SKILL_ID
                    ? reject("wrong_skill_id", "The request is for another skill ID than " + FunctionEnvironment.SKILL_ID + ".")
                    : reject("unreadable_request", "The request is not a readable Alexa request envelope.");
        } catch (RuntimeException e) {
            SkillLog.error("request_rejected", Map.of("reason", "request_failed", "exception", e.getClass().getName()));
            throw new RejectedRequestException("The request could not be handled.");
        }
        answer.writeTo(output);
    }

    private static RejectedRequestException reject(String reason, String message) {
        SkillLog.warn("request_rejected", Map.of("reason", reason));
        return new RejectedRequestException(message);
    }
}
