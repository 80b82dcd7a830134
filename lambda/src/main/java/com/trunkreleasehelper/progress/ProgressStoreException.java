package com.trunkreleasehelper.progress;

/**
 * A store call that failed, with what the logs need to tell faults apart: the store's own error type
 * (throttling, timeout, missing table...), its message (never user data), and, when the store answered,
 * the HTTP status and the request ID its operators can look up.
 */
public class ProgressStoreException extends RuntimeException {

    /** The error type of a call that ran out of the turn's {@link StoreDeadline}. */
    public static final String TIMEOUT = "Timeout";

    private final String errorType;
    private final int status;
    private final String requestId;

    public ProgressStoreException(String errorType, String message, Throwable cause) {
        this(errorType, message, cause, 0, null);
    }

    /** @param status the HTTP status the store answered with, 0 if it did not answer */
    public ProgressStoreException(String errorType, String message, Throwable cause, int status, String requestId) {
        super(message, cause);
        this.errorType = errorType;
        this.status = status;
        this.requestId = requestId;
    }

    public String errorType() {
        return errorType;
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }

    /** The store's request ID ({@code x-amzn-RequestId}), or null. */
    public String requestId() {
        return requestId;
    }
}
