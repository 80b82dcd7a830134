package com.trunkreleasehelper.progress;

import java.util.Optional;

/**
 * Where progress lives between sessions, keyed by a one-way hash of the Alexa user ID. Every call is
 * given the milliseconds it may take; implementations may throw, {@link ResilientProgressStore} catches.
 */
public interface ProgressStore {

    Optional<SavedProgress> load(String userKey, int timeoutMillis);

    void save(String userKey, SavedProgress progress, int timeoutMillis);

    void clear(String userKey, int timeoutMillis);
}
