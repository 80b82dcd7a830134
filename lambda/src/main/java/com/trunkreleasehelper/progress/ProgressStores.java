package com.trunkreleasehelper.progress;

import com.trunkreleasehelper.FunctionEnvironment;
import com.trunkreleasehelper.logging.SkillLog;
import com.trunkreleasehelper.progress.aws.DynamoDbHttpClient;

import java.nio.file.Path;
import java.util.Map;

/** Chooses the progress store from the environment: a DynamoDB table, a local file, or memory. */
public final class ProgressStores {

    private ProgressStores() {
    }

    public static ProgressStore fromEnvironment(Map<String, String> env, SkillLog log) {
        String table = table(env);
        if (table != null) {
            return new DynamoDbProgressStore(DynamoDbHttpClient.fromEnvironment(env, endpoint(env), log), table);
        }
        String file = env.get(FunctionEnvironment.PROGRESS_FILE);
        if (file != null && !file.isBlank()) {
            return new FileProgressStore(Path.of(file));
        }
        return new InMemoryProgressStore();
    }

    /** The DynamoDB table the environment names, or null when progress is not kept in DynamoDB. */
    static String table(Map<String, String> env) {
        String table = env.get(FunctionEnvironment.PROGRESS_TABLE);
        return table == null || table.isBlank() ? null : table;
    }

    /** A DynamoDB endpoint other than AWS's (local runs and tests), or null. */
    static String endpoint(Map<String, String> env) {
        return env.get(FunctionEnvironment.DYNAMODB_ENDPOINT);
    }
}
