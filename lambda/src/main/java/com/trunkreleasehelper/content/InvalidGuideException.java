package com.trunkreleasehelper.content;

/** A guide content file that cannot be spoken safely; the message names the file and the step. */
public final class InvalidGuideException extends RuntimeException {

    public InvalidGuideException(String message) {
        super(message);
    }

    public InvalidGuideException(String message, Throwable cause) {
        super(message, cause);
    }
}
