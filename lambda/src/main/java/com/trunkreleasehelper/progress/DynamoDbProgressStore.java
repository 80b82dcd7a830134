package com.trunkreleasehelper.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.progress.aws.DynamoDbHttpClient;

import java.time.Instant;
import java.util.Optional;

/**
 * Progress in a DynamoDB table keyed by the hashed user key. Items hold the step, the locale, the time it
 * was saved and {@code expiresAt}, the table's TTL attribute, 24 hours later. The table's key and TTL
 * attribute names are the ones template.yaml declares.
 */
public final class DynamoDbProgressStore implements ProgressStore {

    static final String KEY = "userKey";
    static final String STEP = "step";
    static final String LOCALE = "locale";
    static final String SAVED_AT = "savedAt";
    static final String EXPIRES_AT = "expiresAt";

    private final DynamoDbHttpClient client;
    private final String table;
    private final ObjectMapper json;

    public DynamoDbProgressStore(DynamoDbHttpClient client, String table, ObjectMapper json) {
        this.client = client;
        this.table = table;
        this.json = json;
    }

    @Override
    public Optional<SavedProgress> load(String userKey, int timeoutMillis) {
        ObjectNode request = keyed(userKey).put("ConsistentRead", true);
        JsonNode item = client.call("GetItem", request, timeoutMillis).path("Item");
        if (item.isMissingNode() || !item.has(STEP)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SavedProgress(item.path(STEP).path("S").asText(), item.path(LOCALE).path("S").asText(),
                    Instant.ofEpochSecond(Long.parseLong(item.path(SAVED_AT).path("N").asText()))));
        } catch (NumberFormatException e) {
            throw new ProgressStoreException("BadItem", "a saved item has no usable time", e);
        }
    }

    @Override
    public void save(String userKey, SavedProgress progress, int timeoutMillis) {
        ObjectNode request = json.createObjectNode().put("TableName", table);
        ObjectNode item = request.putObject("Item");
        item.putObject(KEY).put("S", userKey);
        item.putObject(STEP).put("S", progress.step());
        item.putObject(LOCALE).put("S", progress.locale());
        item.putObject(SAVED_AT).put("N", Long.toString(progress.savedAt().getEpochSecond()));
        item.putObject(EXPIRES_AT).put("N", Long.toString(progress.expiresAt().getEpochSecond()));
        client.call("PutItem", request, timeoutMillis);
    }

    @Override
    public void clear(String userKey, int timeoutMillis) {
        client.call("DeleteItem", keyed(userKey), timeoutMillis);
    }

    private ObjectNode keyed(String userKey) {
        ObjectNode request = json.createObjectNode().put("TableName", table);
        request.putObject("Key").putObject(KEY).put("S", userKey);
        return request;
    }
}
