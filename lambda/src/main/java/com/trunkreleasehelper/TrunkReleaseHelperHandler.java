package com.trunkreleasehelper;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.trunkreleasehelper.alexa.SkillFactory;
import com.trunkreleasehelper.alexa.SkillRuntime;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.logging.SkillLog;
import com.trunkreleasehelper.progress.ProgressStores;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * The Lambda entry point. The skill is built once per process (static, so a SnapStart snapshot holds it,
 * primed by {@link SnapStartPriming}); every request is read, answered, or rejected with one clear log
 * line carrying the Lambda request ID.
 */
public final class TrunkReleaseHelperHandler implements RequestStreamHandler {

    private static final Guides GUIDES = new Guides();
    private static final SkillLog LOG = SkillLog.toStandardOutput();
    private static final TrunkReleaseHelperHandler DEPLOYED = forEnvironment(System.getenv(), LOG);
    /** Held here because CRaC keeps only weak references to registered resources. */
    private static final SnapStartPriming PRIMING = SnapStartPriming.forEnvironment(GUIDES, System.getenv(), LOG);

    static {
        PRIMING.register();
    }

    private final SkillRuntime skill;
    private final SkillLog log;

    /** The constructor the Lambda runtime calls: the skill configured from the process environment. */
    public TrunkReleaseHelperHandler() {
        this(DEPLOYED.skill, DEPLOYED.log);
    }

    private TrunkReleaseHelperHandler(SkillRuntime skill, SkillLog log) {
        this.skill = skill;
        this.log = log;
    }

    /** A handler configured from {@code env} instead of the process environment, logging to {@code log}. */
    public static TrunkReleaseHelperHandler forEnvironment(Map<String, String> env, SkillLog log) {
        return new TrunkReleaseHelperHandler(SkillFactory.build(GUIDES, env.get(FunctionEnvironment.SKILL_ID),
                ProgressStores.fromEnvironment(env, log), log), log);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        byte[] body = input.readAllBytes();
        ByteArrayOutputStream answer = new ByteArrayOutputStream(4096);
        log.forRequest(context == null ? null : context.getAwsRequestId(), () -> {
            answer(body, context, answer);
            return null;
        });
        answer.writeTo(output);
    }

    private void answer(byte[] body, Context context, ByteArrayOutputStream answer) throws IOException {
        try {
            skill.handle(body, context, answer);
        } catch (SkillRuntime.RejectedException e) {
            throw e.reason() == SkillRuntime.Rejection.WRONG_SKILL_ID
                    ? reject("wrong_skill_id", "The request is for another skill ID than " + FunctionEnvironment.SKILL_ID + ".")
                    : reject("unreadable_request", "The request is not a readable Alexa request envelope.");
        } catch (RuntimeException e) {
            log.error("request_rejected", Map.of("reason", "request_failed", "exception", e.getClass().getName()));
            throw new RejectedRequestException("The request could not be handled.");
        }
    }

    private RejectedRequestException reject(String reason, String message) {
        log.warn("request_rejected", Map.of("reason", reason));
        return new RejectedRequestException(message);
    }
}
