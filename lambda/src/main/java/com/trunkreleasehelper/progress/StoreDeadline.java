package com.trunkreleasehelper.progress;

import java.util.HashSet;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The one time budget for all progress I/O in a turn — credentials and store calls together. The turn's
 * owner makes one when the turn starts and hands the same object to every store call of that turn. The
 * budget is what Alexa's 8 seconds leave after {@link #ANSWER_RESERVE_MILLIS} kept for answering, capped at
 * {@link #MAX_MILLIS}; time is measured on a monotonic clock, so a wall-clock step cannot stretch it.
 */
public final class StoreDeadline {

    /** Kept back for building and sending the answer after the store calls. */
    static final int ANSWER_RESERVE_MILLIS = 1_500;
    /** No turn spends longer than this on progress, however much time is left. */
    static final int MAX_MILLIS = 1_000;

    private final long endNanos;
    private final LongSupplier nanoClock;
    /** The kinds of failure this turn has logged, so that each is logged once however many calls meet it. */
    private final Set<String> reported = new HashSet<>(2);

    private StoreDeadline(long endNanos, LongSupplier nanoClock) {
        this.endNanos = endNanos;
        this.nanoClock = nanoClock;
    }

    /** The deadline of a turn that has {@code lambdaRemainingMillis} left (Context.getRemainingTimeInMillis()). */
    public static StoreDeadline forTurn(int lambdaRemainingMillis) {
        return forTurn(lambdaRemainingMillis, System::nanoTime);
    }

    static StoreDeadline forTurn(int lambdaRemainingMillis, LongSupplier nanoClock) {
        return ofMillis(Math.min(MAX_MILLIS, (long) lambdaRemainingMillis - ANSWER_RESERVE_MILLIS), nanoClock);
    }

    /** A deadline {@code millis} from now, uncapped: for work outside a turn (tests setting up a table). */
    static StoreDeadline ofMillis(long millis, LongSupplier nanoClock) {
        return new StoreDeadline(nanoClock.getAsLong() + Math.max(0, millis) * 1_000_000L, nanoClock);
    }

    /** Whole milliseconds left; 0 once the deadline has passed. */
    public long remainingMillis() {
        return Math.max(0, (endNanos - nanoClock.getAsLong()) / 1_000_000L);
    }

    /**
     * A deadline for one part of the work: {@code maxMillis} from now, but never later than this one. It
     * shares this deadline's clock and is never reported on its own.
     */
    public StoreDeadline within(long maxMillis) {
        long now = nanoClock.getAsLong();
        long end = now + Math.max(0, maxMillis) * 1_000_000L;
        return new StoreDeadline(end - endNanos < 0 ? end : endNanos, nanoClock);
    }

    /** True the first time this turn meets a failure of {@code errorType}: the one time it is logged. */
    boolean firstReport(String errorType) {
        return reported.add(errorType);
    }
}
