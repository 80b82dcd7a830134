package com.trunkreleasehelper.progress;

/** A store call that failed, with the store's own error type (throttling, timeout, missing table...). */
public class ProgressStoreException extends RuntimeException {

    private final String errorType;

    public ProgressStoreException(String errorType, String message, Throwable cause) {
        super(message, cause);
        this.errorType = errorType;
    }

    public String errorType() {
        return errorType;
    }
}
