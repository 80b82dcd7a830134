package com.trunkreleasehelper.alexa.envelope;

import com.amazon.ask.model.interfaces.alexa.presentation.apl.RuntimeError;

/**
 * One error of an APL RuntimeError request, of any type. The SDK's model knows only {@code LIST_ERROR}
 * (its binding fails on any other type); the skill needs just the type and the reason, to log them.
 */
public final class AplRuntimeError extends RuntimeError {

    private final String reason;

    AplRuntimeError(String type, String reason) {
        this.type = type;
        this.reason = reason;
    }

    public String getReason() {
        return reason;
    }
}
