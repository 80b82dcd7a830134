package com.trunkreleasehelper.alexa.envelope;

import com.amazon.ask.model.Request;

/** Any request type this skill does not answer, kept with its type name so it can be logged and re-asked. */
final class UnsupportedRequest extends Request {

    UnsupportedRequest(String type, String requestId, String locale) {
        this.type = type;
        this.requestId = requestId;
        this.locale = locale;
    }
}
