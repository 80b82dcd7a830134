package com.trunkreleasehelper.alexa.envelope;

import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * The skill's wire format: Alexa request envelopes in, response envelopes out, read and written on
 * Jackson's streaming API instead of the SDK's binding (see {@link RequestReader} for why). This is the
 * package's whole public surface.
 */
public final class EnvelopeJson {

    /** The envelope, or null when the body is not a JSON object with a request of some type. */
    public RequestEnvelope read(byte[] body) throws IOException {
        return RequestReader.read(body);
    }

    /** Writes the response envelope: speech, card, reprompt, session flag, directives, and attributes. */
    public void write(Response response, Map<String, Object> sessionAttributes, String userAgent, OutputStream out)
            throws IOException {
        ResponseWriter.write(response, sessionAttributes, userAgent, out);
    }

    /** Refuses a response this writer cannot write in full, while the turn can still answer otherwise. */
    public static void requireWritable(Response response) {
        ResponseWriter.requireWritable(response);
    }
}
