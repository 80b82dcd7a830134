package com.trunkreleasehelper.progress;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Progress held in this process only: the default when no table or file is configured. */
public final class InMemoryProgressStore implements ProgressStore {

    private final Map<String, SavedProgress> saved = new ConcurrentHashMap<>();

    @Override
    public Optional<SavedProgress> load(String userKey, StoreDeadline deadline) {
        return Optional.ofNullable(saved.get(userKey));
    }

    @Override
    public void save(String userKey, SavedProgress progress, StoreDeadline deadline) {
        saved.put(userKey, progress);
    }

    @Override
    public void clear(String userKey, StoreDeadline deadline) {
        saved.remove(userKey);
    }
}
