package com.trunkreleasehelper;

import java.util.Set;

/** The environment variables the function reads; template.yaml must declare exactly these (and JVM options). */
public final class FunctionEnvironment {

    /** The Alexa skill ID to accept; empty accepts any skill (local use only). */
    public static final String SKILL_ID = "SKILL_ID";

    public static final Set<String> READ_BY_THE_FUNCTION = Set.of(SKILL_ID);

    private FunctionEnvironment() {
    }
}
