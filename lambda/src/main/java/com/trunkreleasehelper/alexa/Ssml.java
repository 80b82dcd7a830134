package com.trunkreleasehelper.alexa;

/** Plain text to the inside of a {@code <speak>} element: escaped, and within Alexa's 8,000 characters. */
final class Ssml {

    /** Alexa's limit is 8,000 characters of output speech, tags included; leave room for {@code <speak>}. */
    static final int MAX_TEXT = 7_900;

    private Ssml() {
    }

    /** Escapes {@code text}, cutting it where the escaped form would pass the limit (never inside an entity). */
    static String fromText(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_TEXT) + 16);
        for (int i = 0; i < text.length(); i++) {
            String escaped = escape(text.charAt(i));
            if (out.length() + escaped.length() > MAX_TEXT) {
                break;
            }
            out.append(escaped);
        }
        return out.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            default -> String.valueOf(c);
        };
    }
}
