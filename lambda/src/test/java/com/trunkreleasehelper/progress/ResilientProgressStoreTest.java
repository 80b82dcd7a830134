package com.trunkreleasehelper.progress;

import com.trunkreleasehelper.testing.LogLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** A failing store never reaches the conversation: one log line, an empty result, and the call bounded. */
@ExtendWith(MockitoExtension.class)
class ResilientProgressStoreTest {

    private static final String USER = UserKey.of("amzn1.ask.account.TEST");
    private static final SavedProgress STEP_4 = new SavedProgress("lockout", "en-US", Instant.parse("2026-11-24T20:00:00Z"));

    @Mock
    ProgressStore store;

    private final LogLines logs = new LogLines();

    private ResilientProgressStore resilient() {
        return new ResilientProgressStore(store, logs.log());
    }

    @Test
    void throttlingOnLoadIsOneLogLineAndNoProgress() {
        when(store.load(eq(USER), anyInt())).thenThrow(
                new ProgressStoreException("ProvisionedThroughputExceededException", "slow down", null));

        Optional<SavedProgress> loaded = resilient().load(USER, () -> 7_000);

        assertThat(loaded).isEmpty();
        assertThat(logs.lines()).singleElement().asString()
                .contains("\"event\":\"progress_store_failed\"", "\"operation\":\"load\"",
                        "ProvisionedThroughputExceededException")
                .doesNotContain(USER);
    }

    @Test
    void aMissingTableOnSaveIsSwallowed() {
        doThrow(new ProgressStoreException("ResourceNotFoundException", "no table", null))
                .when(store).save(eq(USER), eq(STEP_4), anyInt());

        resilient().save(USER, STEP_4, () -> 7_000);

        assertThat(logs.text()).contains("ResourceNotFoundException");
    }

    @Test
    void anyRuntimeFailureOnClearIsSwallowed() {
        doThrow(new IllegalStateException("bad data")).when(store).clear(eq(USER), anyInt());

        resilient().clear(USER, () -> 7_000);

        assertThat(logs.text()).contains("IllegalStateException");
    }

    @Test
    void theTimeoutLeavesRoomForTheAnswerAndIsCapped() {
        resilient().load(USER, () -> 7_000);
        verify(store).load(USER, ResilientProgressStore.MAX_CALL_MILLIS);

        resilient().save(USER, STEP_4, () -> 2_000);
        verify(store).save(USER, STEP_4, 2_000 - ResilientProgressStore.RESERVE_MILLIS);
    }

    @Test
    void withTooLittleTimeLeftTheStoreIsNotCalled() {
        assertThat(resilient().load(USER, () -> 1_200)).isEmpty();
        assertThat(logs.text()).contains("progress_skipped");
        verifyNoInteractions(store);
    }
}
