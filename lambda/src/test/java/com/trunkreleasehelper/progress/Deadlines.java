package com.trunkreleasehelper.progress;

/** Deadlines for tests that call a store outside a turn, where the turn's 1-second cap is not the point. */
public final class Deadlines {

    private Deadlines() {
    }

    /** Ample time for a local server on a busy machine: the tests using it are about results, not time. */
    public static StoreDeadline generous() {
        return of(10_000);
    }

    public static StoreDeadline of(long millis) {
        return StoreDeadline.ofMillis(millis, System::nanoTime);
    }
}
