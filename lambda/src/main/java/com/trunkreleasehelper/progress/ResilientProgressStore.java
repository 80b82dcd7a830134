package com.trunkreleasehelper.progress;

import com.trunkreleasehelper.logging.SkillLog;

import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Wraps a store so that no fault reaches the conversation: each call gets a timeout that leaves Alexa's
 * 8 seconds room for the answer, and throttling, timeouts, a missing table or bad data give one log line
 * and an empty result; the skill carries on from the session attributes.
 */
public final class ResilientProgressStore {

    /** Kept back for building and sending the answer after the store call. */
    static final int RESERVE_MILLIS = 1_500;
    /** No store call waits longer than this, however much time is left. */
    static final int MAX_CALL_MILLIS = 1_000;
    /** Below this, a call is not worth starting. */
    static final int MIN_CALL_MILLIS = 50;

    private final ProgressStore store;
    private final SkillLog log;

    public ResilientProgressStore(ProgressStore store, SkillLog log) {
        this.store = store;
        this.log = log;
    }

    public Optional<SavedProgress> load(String userKey, IntSupplier remainingMillis) {
        return call("load", userKey, remainingMillis, timeout -> store.load(userKey, timeout)).flatMap(p -> p);
    }

    public void save(String userKey, SavedProgress progress, IntSupplier remainingMillis) {
        call("save", userKey, remainingMillis, timeout -> {
            store.save(userKey, progress, timeout);
            return true;
        });
    }

    public void clear(String userKey, IntSupplier remainingMillis) {
        call("clear", userKey, remainingMillis, timeout -> {
            store.clear(userKey, timeout);
            return true;
        });
    }

    private <T> Optional<T> call(String operation, String userKey, IntSupplier remainingMillis, StoreCall<T> work) {
        int timeout = Math.min(MAX_CALL_MILLIS, remainingMillis.getAsInt() - RESERVE_MILLIS);
        if (timeout < MIN_CALL_MILLIS) {
            log.warn("progress_skipped", Map.of("operation", operation, "reason", "too little time left"));
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(work.run(timeout));
        } catch (RuntimeException e) {
            log.warn("progress_store_failed", Map.of("operation", operation, "user", UserKey.forLog(userKey),
                    "error", e instanceof ProgressStoreException p ? p.errorType() : e.getClass().getSimpleName()));
            return Optional.empty();
        }
    }

    @FunctionalInterface
    private interface StoreCall<T> {
        T run(int timeoutMillis);
    }
}
