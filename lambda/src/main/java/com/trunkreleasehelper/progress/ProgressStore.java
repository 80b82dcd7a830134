package com.trunkreleasehelper.progress;

import java.util.Optional;

/**
 * Where progress lives between sessions, keyed by a one-way hash of the Alexa user ID. Every call is
 * given the turn's {@link StoreDeadline}; implementations doing I/O finish or fail by then. They may
 * throw; {@link ResilientProgressStore} catches.
 */
public interface ProgressStore {

    Optional<SavedProgress> load(String userKey, StoreDeadline deadline);

    void save(String userKey, SavedProgress progress, StoreDeadline deadline);

    void clear(String userKey, StoreDeadline deadline);
}
