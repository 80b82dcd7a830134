package com.trunkreleasehelper.progress;

import com.trunkreleasehelper.json.Json;
import com.trunkreleasehelper.progress.aws.DynamoDbHttpClient;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Progress in a DynamoDB table keyed by the hashed user key. Items hold the step, the locale, the time it
 * was saved, the urgency when one was named, whether help is on the way, whether an emergency was under way, and
 * {@code expiresAt}, the table's TTL attribute, 24 hours later. The table's key and TTL
 * attribute names are the ones template.yaml declares.
 */
public final class DynamoDbProgressStore implements ProgressStore {

    static final String KEY = "userKey";
    static final String EXPIRES_AT = "expiresAt";

    private final DynamoDbHttpClient client;
    private final String table;

    public DynamoDbProgressStore(DynamoDbHttpClient client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public Optional<SavedProgress> load(String userKey, StoreDeadline deadline) {
        Map<String, Object> request = keyed(userKey);
        request.put("ConsistentRead", true);
        Map<String, Object> item = Json.object(client.call("GetItem", request, deadline), "Item");
        if (item == null || !item.containsKey(SavedProgress.STEP)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SavedProgress.read(attribute(item, SavedProgress.STEP, "S"), attribute(item, SavedProgress.LOCALE, "S"),
                    Instant.ofEpochSecond(Long.parseLong(attribute(item, SavedProgress.SAVED_AT, "N"))),
                    attribute(item, SavedProgress.URGENCY, "S"), flag -> isTrue(item, flag)));
        } catch (NumberFormatException e) {
            throw new ProgressStoreException("BadItem", "a saved item has no usable time", e);
        }
    }

    @Override
    public void save(String userKey, SavedProgress progress, StoreDeadline deadline) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put(KEY, Map.of("S", userKey));
        item.put(SavedProgress.STEP, Map.of("S", progress.step()));
        item.put(SavedProgress.LOCALE, Map.of("S", progress.locale()));
        item.put(SavedProgress.SAVED_AT, Map.of("N", Long.toString(progress.savedAt().getEpochSecond())));
        if (progress.urgency() != null) {
            item.put(SavedProgress.URGENCY, Map.of("S", progress.urgency()));
        }
        progress.flagsSet().forEach(flag -> item.put(flag, Map.of("BOOL", true)));
        item.put(EXPIRES_AT, Map.of("N", Long.toString(progress.expiresAt().getEpochSecond())));
        client.call("PutItem", Map.of("TableName", table, "Item", item), deadline);
    }

    @Override
    public void clear(String userKey, StoreDeadline deadline) {
        client.call("DeleteItem", keyed(userKey), deadline);
    }

    private Map<String, Object> keyed(String userKey) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("TableName", table);
        request.put("Key", Map.of(KEY, Map.of("S", userKey)));
        return request;
    }

    /** True when the item holds the boolean attribute {@code name} set to true. */
    private static boolean isTrue(Map<String, Object> item, String name) {
        Map<String, Object> value = Json.object(item, name);
        return value != null && Boolean.TRUE.equals(value.get("BOOL"));
    }

    /** One DynamoDB attribute value of the given type ("S", "N"), or null. */
    private static String attribute(Map<String, Object> item, String name, String type) {
        return Json.text(Json.object(item, name), type);
    }
}
