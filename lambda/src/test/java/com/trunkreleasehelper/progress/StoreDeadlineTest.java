package com.trunkreleasehelper.progress;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The turn's store budget, on a clock the test moves. */
class StoreDeadlineTest {

    private final AtomicLong nanos = new AtomicLong(123_456_789L);

    private void advanceMillis(long millis) {
        nanos.addAndGet(millis * 1_000_000L);
    }

    @Test
    void aFreshTurnGetsTheCapNotAllOfAlexasTime() {
        assertThat(StoreDeadline.forTurn(7_900, nanos::get).remainingMillis()).isEqualTo(StoreDeadline.MAX_MILLIS);
    }

    @Test
    void aLateTurnGetsWhatIsLeftAfterTheAnswerReserve() {
        assertThat(StoreDeadline.forTurn(2_000, nanos::get).remainingMillis())
                .isEqualTo(2_000 - StoreDeadline.ANSWER_RESERVE_MILLIS);
    }

    @Test
    void aTurnWithLessThanTheReserveLeftGetsNothing() {
        assertThat(StoreDeadline.forTurn(1_200, nanos::get).remainingMillis()).isZero();
        assertThat(StoreDeadline.forTurn(-5, nanos::get).remainingMillis()).isZero();
    }

    @Test
    void theBudgetRunsDownWithTheClockAndStopsAtZero() {
        StoreDeadline deadline = StoreDeadline.forTurn(8_000, nanos::get);

        advanceMillis(300);
        assertThat(deadline.remainingMillis()).isEqualTo(700);
        advanceMillis(5_000);
        assertThat(deadline.remainingMillis()).isZero();
    }

    @Test
    void aPartOfTheWorkNeverEndsAfterTheWhole() {
        StoreDeadline deadline = StoreDeadline.forTurn(8_000, nanos::get);
        advanceMillis(400);

        assertThat(deadline.within(200).remainingMillis()).isEqualTo(200);
        assertThat(deadline.within(5_000).remainingMillis()).isEqualTo(600);
        StoreDeadline part = deadline.within(200);
        advanceMillis(250);
        assertThat(part.remainingMillis()).isZero();
        assertThat(deadline.remainingMillis()).isEqualTo(350);
    }

    @Test
    void eachKindOfFailureIsReportedOncePerTurn() {
        StoreDeadline deadline = StoreDeadline.forTurn(8_000, nanos::get);

        assertThat(deadline.firstReport("Timeout")).isTrue();
        assertThat(deadline.firstReport("Timeout")).isFalse();
        assertThat(deadline.firstReport("ThrottlingException")).isTrue();
        assertThat(StoreDeadline.forTurn(8_000, nanos::get).firstReport("Timeout")).as("a new turn").isTrue();
    }
}
