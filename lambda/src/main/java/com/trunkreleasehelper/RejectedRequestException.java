package com.trunkreleasehelper;

/**
 * A request the skill will not answer (unreadable, or for another skill). The message says why; the stack
 * trace is left out because it would only point at this class.
 */
public final class RejectedRequestException extends RuntimeException {

    public RejectedRequestException(String message) {
        super(message, null, false, false);
    }
}
