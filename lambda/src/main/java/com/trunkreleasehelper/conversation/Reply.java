package com.trunkreleasehelper.conversation;

/**
 * What to answer, in plain text (the adapter turns it into SSML). {@code reprompt} is null exactly when the
 * session ends; {@code speech} is null only for a turn that must stay silent (session ended). {@code screen}
 * is what a device with a display shows, or null.
 */
public record Reply(String speech, String reprompt, String cardTitle, String cardText, boolean endSession, Screen screen) {

    public Reply(String speech, String reprompt, String cardTitle, String cardText, boolean endSession) {
        this(speech, reprompt, cardTitle, cardText, endSession, null);
    }

    public static Reply silent() {
        return new Reply(null, null, null, null, true);
    }
}
