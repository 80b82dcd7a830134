package com.trunkreleasehelper.progress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A one-way hash of the Alexa user ID, so raw user IDs are never stored or logged. */
public final class UserKey {

    private UserKey() {
    }

    public static String of(String userId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(userId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A short prefix of the key, enough to follow one user through the logs and no more. */
    public static String forLog(String userKey) {
        return userKey.substring(0, 12);
    }
}
