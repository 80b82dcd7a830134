package com.trunkreleasehelper.progress.aws;

import com.trunkreleasehelper.progress.ProgressStoreException;
import com.trunkreleasehelper.progress.StoreDeadline;

import java.io.IOException;

/**
 * An exchange that got no complete answer. {@code beforeResponse} says whether the server had sent
 * nothing yet (refused, reset, or silent): the only failures worth one retry, since a server that has
 * begun answering has been reached. (The server may still have done the work; the store's three
 * operations are idempotent, so doing it twice is harmless.)
 */
final class HttpFailure extends IOException {

    private final boolean beforeResponse;

    HttpFailure(String message, boolean beforeResponse, IOException cause) {
        super(message, cause);
        this.beforeResponse = beforeResponse;
    }

    boolean beforeResponse() {
        return beforeResponse;
    }

    /** What the store call reports: a timeout once {@code deadline} has passed, and transient before any answer. */
    ProgressStoreException toStoreException(String what, StoreDeadline deadline) {
        String type = deadline.remainingMillis() <= 0 ? ProgressStoreException.TIMEOUT : "ConnectionFailed";
        String message = what + ": " + getMessage();
        return beforeResponse ? new TransientFailure(type, message, this, 0, null)
                : new ProgressStoreException(type, message, this);
    }
}
