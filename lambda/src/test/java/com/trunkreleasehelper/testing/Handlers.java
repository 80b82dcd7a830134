package com.trunkreleasehelper.testing;

import com.trunkreleasehelper.FunctionEnvironment;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.logging.SkillLog;

import java.util.Map;

/** Lambda entry points configured for a test: progress in memory unless the environment says otherwise. */
public final class Handlers {

    /** Log lines nobody reads; tests that read them pass a {@link LogLines}. */
    private static final SkillLog UNREAD = new SkillLog(line -> { });

    private Handlers() {
    }

    public static TrunkReleaseHelperHandler inMemory() {
        return forEnvironment(Map.of());
    }

    /** Accepts only {@code skillId} (null accepts any). */
    public static TrunkReleaseHelperHandler forSkillId(String skillId) {
        return forEnvironment(skillId == null ? Map.of() : Map.of(FunctionEnvironment.SKILL_ID, skillId));
    }

    public static TrunkReleaseHelperHandler forEnvironment(Map<String, String> env) {
        return TrunkReleaseHelperHandler.forEnvironment(env, UNREAD);
    }

    public static TrunkReleaseHelperHandler forEnvironment(Map<String, String> env, LogLines logs) {
        return TrunkReleaseHelperHandler.forEnvironment(env, logs.log());
    }
}
