package com.trunkreleasehelper;

import java.util.Set;

/** The environment variables the function reads; template.yaml declares the deployed ones (and JVM options). */
public final class FunctionEnvironment {

    /** The Alexa skill ID to accept; empty accepts any skill (local use only). */
    public static final String SKILL_ID = "SKILL_ID";

    /** The DynamoDB table holding progress between sessions; empty keeps progress in memory. */
    public static final String PROGRESS_TABLE = "PROGRESS_TABLE";

    /** Local runs only (scripts/talk): a JSON file holding progress between runs. */
    public static final String PROGRESS_FILE = "PROGRESS_FILE";

    /** Local runs and tests only: a DynamoDB-compatible endpoint instead of AWS's. */
    public static final String DYNAMODB_ENDPOINT = "DYNAMODB_ENDPOINT";

    /** What the deployed function reads (the template declares these). */
    public static final Set<String> READ_BY_THE_FUNCTION = Set.of(SKILL_ID, PROGRESS_TABLE);

    private FunctionEnvironment() {
    }
}
