package com.trunkreleasehelper.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link ProgressStore} does, whatever keeps it: each kind of store has a test class that
 * extends this one and provides a fresh, empty store.
 */
abstract class ProgressStoreContract {

    static final SavedProgress STEP_2 = new SavedProgress("key", "en-GB", Instant.parse("2026-11-24T20:00:00Z"));
    static final SavedProgress STEP_4 = new SavedProgress("lockout", "de-DE", Instant.parse("2026-11-24T20:05:07Z"));
    static final SavedProgress STEP_6_RESCUE = new SavedProgress("proHelp", "en-AU", Instant.parse("2026-11-24T20:09:00Z"), "RESCUE", true);
    static final SavedProgress STEP_1_EMERGENCY = new SavedProgress("safe", "es-US", Instant.parse("2026-11-24T20:11:00Z"), null,
            false, true, false);
    static final SavedProgress STEP_3_NO_ROADSIDE = new SavedProgress("key", "en-CA", Instant.parse("2026-11-24T20:13:00Z"), null,
            false, false, true);
    static final SavedProgress STEP_2_NO_PHONE = new SavedProgress("urgent", "en-IN", Instant.parse("2026-11-24T20:15:00Z"), null,
            false, true, false, true);
    static final SavedProgress STEP_1_CALLED = new SavedProgress("safe", "en-US", Instant.parse("2026-11-24T20:17:00Z"), null,
            true, true, false, false, true);
    static final SavedProgress STEP_1_MISHEARD = new SavedProgress("safe", "en-GB", Instant.parse("2026-11-24T20:19:00Z"), null,
            false, false, false, false, false, true);

    /** A store holding no progress, ready for this test. */
    abstract ProgressStore emptyStore() throws Exception;

    @Test
    void nothingIsLoadedForAUserWhoNeverSaved() throws Exception {
        assertThat(emptyStore().load("user-a", Deadlines.generous())).isEmpty();
    }

    /**
     * A plain step; what is locked inside with help on the way; an emergency under way before any step; no roadside
     * cover; an emergency with no phone; an emergency called; words not understood before step 2.
     */
    static List<SavedProgress> saved() {
        return List.of(STEP_4, STEP_6_RESCUE, STEP_1_EMERGENCY, STEP_3_NO_ROADSIDE, STEP_2_NO_PHONE, STEP_1_CALLED,
                STEP_1_MISHEARD);
    }

    @ParameterizedTest
    @MethodSource("saved")
    void whatWasSavedLoadsWithEveryFieldAndTheTimeToTheSecond(SavedProgress progress) throws Exception {
        ProgressStore store = emptyStore();
        store.save("user-a", progress, Deadlines.generous());

        assertThat(store.load("user-a", Deadlines.generous())).contains(progress);
    }

    @Test
    void aLaterSaveReplacesTheEarlierOne() throws Exception {
        ProgressStore store = emptyStore();
        store.save("user-a", STEP_2, Deadlines.generous());
        store.save("user-a", STEP_4, Deadlines.generous());

        assertThat(store.load("user-a", Deadlines.generous())).contains(STEP_4);
    }

    @Test
    void clearRemovesOnlyThatUsersProgress() throws Exception {
        ProgressStore store = emptyStore();
        store.save("user-a", STEP_2, Deadlines.generous());
        store.save("user-b", STEP_4, Deadlines.generous());

        store.clear("user-a", Deadlines.generous());

        assertThat(store.load("user-a", Deadlines.generous())).isEmpty();
        assertThat(store.load("user-b", Deadlines.generous())).contains(STEP_4);
    }

    @Test
    void clearingWhatWasNeverSavedIsHarmless() throws Exception {
        ProgressStore store = emptyStore();
        store.clear("user-a", Deadlines.generous());

        assertThat(store.load("user-a", Deadlines.generous())).isEmpty();
    }

    @Test
    void twoUsersNeverSeeEachOthersProgress() throws Exception {
        ProgressStore store = emptyStore();
        store.save("user-a", STEP_4, Deadlines.generous());

        assertThat(store.load("user-b", Deadlines.generous())).isEmpty();
    }
}
