package com.trunkreleasehelper.progress.aws;

import java.security.SecureRandom;

/**
 * The pause before the one retry: jittered so that clients throttled together do not come back together.
 * The random source is made at each use, so no seed is ever captured in a SnapStart snapshot and shared by
 * every instance restored from it.
 */
final class Backoff {

    static final int MIN_PAUSE_MILLIS = 40;
    static final int MAX_PAUSE_MILLIS = 120;

    private Backoff() {
    }

    static int pauseMillis() {
        return MIN_PAUSE_MILLIS + new SecureRandom().nextInt(MAX_PAUSE_MILLIS - MIN_PAUSE_MILLIS + 1);
    }
}
