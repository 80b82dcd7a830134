package com.trunkreleasehelper.alexa;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An APL specification version ("1.1", "2023.3"), compared as numbers: "1.10" comes after "1.9", and
 * every 1.x before the year-numbered releases.
 */
record AplVersion(int major, int minor) implements Comparable<AplVersion> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    /** The version, or null when the text is absent or not a version, so nothing is assumed about it. */
    static AplVersion parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.trim());
        return m != null && m.matches() ? new AplVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
    }

    /** Whether a runtime of this version renders a document that declares {@code document}. */
    boolean renders(AplVersion document) {
        return compareTo(document) >= 0;
    }

    @Override
    public int compareTo(AplVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
