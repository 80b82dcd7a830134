package com.trunkreleasehelper.progress;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trunkreleasehelper.FunctionEnvironment;
import com.trunkreleasehelper.progress.aws.DynamoDbHttpClient;

import java.nio.file.Path;
import java.util.Map;

/** Chooses the progress store from the environment: a DynamoDB table, a local file, or memory. */
public final class ProgressStores {

    private ProgressStores() {
    }

    public static ProgressStore fromEnvironment(Map<String, String> env, ObjectMapper json) {
        String table = env.get(FunctionEnvironment.PROGRESS_TABLE);
        if (table != null && !table.isBlank()) {
            DynamoDbHttpClient client = DynamoDbHttpClient.fromEnvironment(env, env.get(FunctionEnvironment.DYNAMODB_ENDPOINT), json);
            return new DynamoDbProgressStore(client, table, json);
        }
        String file = env.get(FunctionEnvironment.PROGRESS_FILE);
        if (file != null && !file.isBlank()) {
            return new FileProgressStore(Path.of(file), json);
        }
        return new InMemoryProgressStore();
    }
}
