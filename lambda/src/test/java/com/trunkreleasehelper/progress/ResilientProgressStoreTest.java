package com.trunkreleasehelper.progress;

import com.trunkreleasehelper.testing.LogLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

/** A failing store never reaches the conversation: one log line, an empty result, and one deadline per turn. */
@ExtendWith(MockitoExtension.class)
class ResilientProgressStoreTest {

    private final LogLines logs = new LogLines();

    private static final String USER = UserKey.of("amzn1.ask.account.TEST");
    private static final SavedProgress STEP_4 = new SavedProgress("lockout", "en-US", Instant.parse("2026-11-24T20:00:00Z"));

    @Mock
    ProgressStore store;

    private final AtomicLong nanos = new AtomicLong();

    private StoreDeadline freshTurn() {
        return StoreDeadline.forTurn(7_900, nanos::get);
    }

    @Test
    void throttlingOnLoadIsOneLogLineWithAwsTypeMessageAndRequestId() {
        when(store.load(eq(USER), any())).thenThrow(new ProgressStoreException("ProvisionedThroughputExceededException",
                "The level of configured provisioned throughput for the table was exceeded.", null, 400, "REQ123"));

        Optional<SavedProgress> loaded = new ResilientProgressStore(store, logs.log()).load(USER, freshTurn());

        assertThat(loaded).isEmpty();
        assertThat(logs.text().strip().lines()).singleElement().asString()
                .contains("\"event\":\"progress_store_failed\"", "\"operation\":\"load\"",
                        "\"error\":\"ProvisionedThroughputExceededException\"",
                        "\"message\":\"The level of configured provisioned throughput for the table was exceeded.\"",
                        "\"status\":400", "\"amznRequestId\":\"REQ123\"", "\"user\":\"" + UserKey.forLog(USER) + "\"")
                .doesNotContain(USER);
    }

    @Test
    void anAnswerThatIsNotJsonIsLoggedWithItsHttpStatus() {
        doThrow(new ProgressStoreException("HTTP502", "PutItem answered 502 without a JSON error", null, 502, null))
                .when(store).save(eq(USER), eq(STEP_4), any());

                    new ResilientProgressStore(store, logs.log()).save(USER, STEP_4, freshTurn());
        String log = logs.text();

        assertThat(log).contains("\"error\":\"HTTP502\"", "\"status\":502").doesNotContain("amznRequestId");
    }

    @Test
    void anyOtherFailureIsLoggedByItsClassOnly() {
        doThrow(new IllegalStateException("details that may not belong in a log")).when(store).clear(eq(USER), any());

                    new ResilientProgressStore(store, logs.log()).clear(USER, freshTurn());
        String log = logs.text();

        assertThat(log).contains("\"error\":\"IllegalStateException\"").doesNotContain("details");
    }

    @Test
    void everyCallOfATurnGetsTheTurnsOneDeadline() {
        StoreDeadline turn = freshTurn();
        ResilientProgressStore resilient = new ResilientProgressStore(store, logs.log());

        resilient.load(USER, turn);
        resilient.save(USER, STEP_4, turn);

        verify(store).load(eq(USER), same(turn));
        verify(store).save(eq(USER), eq(STEP_4), same(turn));
    }

    @Test
    void aTurnThatRunsOutOfTimeLogsOneLineAndSkipsWhatIsLeft() {
        StoreDeadline turn = freshTurn();
        when(store.load(eq(USER), same(turn))).thenAnswer(call -> {
            nanos.addAndGet(StoreDeadline.MAX_MILLIS * 1_000_000L);
            throw new ProgressStoreException(ProgressStoreException.TIMEOUT, "GetItem: the deadline passed", null);
        });
        ResilientProgressStore resilient = new ResilientProgressStore(store, logs.log());

                    resilient.load(USER, turn);
        resilient.save(USER, STEP_4, turn);
        String log = logs.text();

        assertThat(log.strip().lines()).singleElement().asString().contains("\"error\":\"Timeout\"", "\"operation\":\"load\"");
        verify(store).load(eq(USER), same(turn));
        verifyNoMoreInteractions(store);
    }

    @Test
    void withTooLittleTimeLeftTheStoreIsNotCalled() {
        Optional<SavedProgress> loaded = new ResilientProgressStore(store, logs.log()).load(USER, StoreDeadline.forTurn(1_200, nanos::get));

        assertThat(loaded).isEmpty();
        assertThat(logs.text()).contains("progress_skipped");
        verifyNoInteractions(store);
    }
}
