package com.trunkreleasehelper.progress;

import com.trunkreleasehelper.logging.SkillLog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Wraps a store so that no fault reaches the conversation: every call of a turn shares the turn's
 * {@link StoreDeadline}; throttling, timeouts, a missing table or bad data give a log line and an empty
 * result, and the skill carries on from the session attributes. A turn logs each kind of failure once:
 * a launch whose load and save both run out of time, or both find no credentials, logs one line.
 */
public final class ResilientProgressStore {

    /** Below this, a call is not worth starting. */
    static final int MIN_CALL_MILLIS = 50;
    /** AWS's messages are short; this keeps a surprising one from flooding the log. */
    private static final int MAX_MESSAGE_CHARS = 200;

    private final ProgressStore store;
    private final SkillLog log;

    public ResilientProgressStore(ProgressStore store, SkillLog log) {
        this.store = store;
        this.log = log;
    }

    public Optional<SavedProgress> load(String userKey, StoreDeadline deadline) {
        return call("load", userKey, deadline, d -> store.load(userKey, d)).flatMap(p -> p);
    }

    public void save(String userKey, SavedProgress progress, StoreDeadline deadline) {
        call("save", userKey, deadline, d -> {
            store.save(userKey, progress, d);
            return true;
        });
    }

    public void clear(String userKey, StoreDeadline deadline) {
        call("clear", userKey, deadline, d -> {
            store.clear(userKey, d);
            return true;
        });
    }

    private <T> Optional<T> call(String operation, String userKey, StoreDeadline deadline, Function<StoreDeadline, T> work) {
        if (deadline.remainingMillis() < MIN_CALL_MILLIS) {
            if (deadline.firstReport(ProgressStoreException.TIMEOUT)) {
                log.warn("progress_skipped", Map.of("operation", operation, "reason", "too little time left"));
            }
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(work.apply(deadline));
        } catch (ProgressStoreException e) {
            if (deadline.firstReport(e.errorType())) {
                log.warn("progress_store_failed", fields(operation, userKey, e));
            }
        } catch (RuntimeException e) {
            if (deadline.firstReport(e.getClass().getSimpleName())) {
                log.warn("progress_store_failed", Map.of("operation", operation, "user", UserKey.forLog(userKey),
                        "error", e.getClass().getSimpleName()));
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> fields(String operation, String userKey, ProgressStoreException e) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("operation", operation);
        fields.put("user", UserKey.forLog(userKey));
        fields.put("error", e.errorType());
        if (e.getMessage() != null) {
            String message = e.getMessage();
            fields.put("message", message.length() > MAX_MESSAGE_CHARS ? message.substring(0, MAX_MESSAGE_CHARS) : message);
        }
        if (e.status() != 0) {
            fields.put("status", e.status());
        }
        if (e.requestId() != null) {
            fields.put("amznRequestId", e.requestId());
        }
        return fields;
    }
}
