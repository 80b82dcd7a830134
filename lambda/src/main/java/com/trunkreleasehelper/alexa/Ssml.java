package com.trunkreleasehelper.alexa;

/** Plain text to the inside of a {@code <speak>} element: escaped, and within Alexa's 8,000 characters. */
final class Ssml {

    /** Alexa's limit is 8,000 characters of output speech, tags included; leave room for {@code <speak>}. */
    static final int MAX_TEXT = 7_900;

    private Ssml() {
    }

    static String fromText(String text) {
        String bounded = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        StringBuilder out = new StringBuilder(bounded.length() + 16);
        for (int i = 0; i < bounded.length(); i++) {
            char c = bounded.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
