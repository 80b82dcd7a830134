package com.trunkreleasehelper.progress.aws;

import com.trunkreleasehelper.progress.ProgressStoreException;

/**
 * A failure worth one retry: throttling, a server error, or a connection that failed or timed out before
 * any answer. Anything else (a 4xx other than throttling, a broken answer) would fail the same way again.
 */
final class TransientFailure extends ProgressStoreException {

    TransientFailure(String errorType, String message, Throwable cause, int status, String requestId) {
        super(errorType, message, cause, status, requestId);
    }
}
