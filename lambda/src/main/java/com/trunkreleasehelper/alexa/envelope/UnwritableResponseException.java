package com.trunkreleasehelper.alexa.envelope;

/** A response part the envelope writer has no writer for; thrown while the turn can still apologise. */
public final class UnwritableResponseException extends IllegalStateException {

    UnwritableResponseException(String part, Object value) {
        super("no writer for the " + part + " " + value.getClass().getSimpleName());
    }
}
