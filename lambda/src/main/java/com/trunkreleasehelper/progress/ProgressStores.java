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
        String table = env.get(FunctionEnvironment.PROGRESS_TABLE);
        if (table != null && !table.isBlank()) {
            DynamoDbHttpClient client = DynamoDbHttpClient.fromEnvironment(env, env.get(FunctionEnvironment.DYNAMODB_ENDPOINT), log);
            return new DynamoDbProgressStore(client, table);
        }
        String file = env.get(FunctionEnvironment.PROGRESS_FILE);
        if (file != null && !file.isBlank()) {
            return new FileProgressStore(Path.of(file));
        }
        return new InMemoryProgressStore();
    }
}
