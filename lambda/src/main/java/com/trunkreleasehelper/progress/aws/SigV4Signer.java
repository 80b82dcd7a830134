package com.trunkreleasehelper.progress.aws;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * AWS Signature Version 4 for one request, as specified in the AWS General Reference ("Create a signed
 * AWS API request"). Checked against AWS's published worked example and, in a generated differential
 * test, against AWS's own signer.
 *
 * <p>It signs input that is already canonical, and refuses anything else with an
 * {@link IllegalArgumentException} rather than sign it differently from AWS: the method in capitals; the
 * path {@code /} or {@code /}-separated segments of unreserved characters (no {@code .} or {@code ..}
 * segment, no empty one); the query empty or {@code name=value} pairs of unreserved characters joined by
 * {@code &} in sorted order; header names in lower case ({@code a-z}, {@code 0-9}, {@code -}), {@code host}
 * among them; header values of visible ASCII with single inner spaces and none at either end. That is
 * every request this project's client sends; percent-encoding, whitespace folding and header-name case
 * folding are deliberately not implemented.
 */
final class SigV4Signer {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    /** RFC 3986's unreserved characters, which SigV4 leaves as they are. */
    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    private static final String HEADER_NAME = "abcdefghijklmnopqrstuvwxyz0123456789-";
    /** Headers this signer adds itself. */
    private static final Set<String> ADDED = Set.of("x-amz-date", "x-amz-security-token", "authorization");

    private final String region;
    private final String service;

    SigV4Signer(String region, String service) {
        this.region = region;
        this.service = service;
    }

    /**
     * Adds {@code x-amz-date}, the session token if any, and {@code Authorization} to {@code headers}
     * (lower-case names, including {@code host}), signing every header given.
     *
     * @throws IllegalArgumentException when the request is outside the shape this signer supports
     */
    Map<String, String> sign(String method, String path, String query, Map<String, String> headers,
                                    byte[] payload, AwsCredentials credentials, Instant now) {
        requireCanonical(method, path, query, headers);
        String stamp = STAMP.format(now);
        String date = stamp.substring(0, 8);
        TreeMap<String, String> signed = new TreeMap<>(headers);
        signed.put("x-amz-date", stamp);
        if (credentials.sessionToken() != null) {
            signed.put("x-amz-security-token", credentials.sessionToken());
        }
        StringBuilder canonicalHeaders = new StringBuilder();
        signed.forEach((name, value) -> canonicalHeaders.append(name).append(':').append(value).append('\n'));
        String signedHeaders = String.join(";", signed.keySet());
        String canonicalRequest = String.join("\n", method, path, query, canonicalHeaders.toString(), signedHeaders,
                hex(sha256(payload)));
        String scope = date + "/" + region + "/" + service + "/aws4_request";
        String toSign = String.join("\n", ALGORITHM, stamp, scope, hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8))));
        String signature = hex(hmac(signingKey(credentials.secretAccessKey(), date), toSign));
        signed.put("authorization", ALGORITHM + " Credential=" + credentials.accessKeyId() + "/" + scope
                + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature);
        return signed;
    }

    // Plain loops rather than regular expressions or streams: neither is otherwise on the cold path.
    private static void requireCanonical(String method, String path, String query, Map<String, String> headers) {
        require(isMade(method, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), "a method in capitals");
        require(isCanonicalPath(path), "a path of unreserved characters, no empty or dot segment");
        require(isCanonicalQuery(query), "a query of sorted name=value pairs of unreserved characters");
        require(headers.containsKey("host"), "a host header");
        for (Map.Entry<String, String> header : headers.entrySet()) {
            require(isMade(header.getKey(), HEADER_NAME) && !ADDED.contains(header.getKey()),
                    "header names in lower case, none of " + ADDED);
            String value = header.getValue();
            require(isVisibleAscii(value) && !value.startsWith(" ") && !value.endsWith(" ") && !value.contains("  "),
                    "header values of visible ASCII, single inner spaces, trimmed");
        }
    }

    private static boolean isCanonicalPath(String path) {
        if (path.equals("/")) {
            return true;
        }
        if (!path.startsWith("/")) {
            return false;
        }
        for (String segment : path.substring(1).split("/", -1)) {
            if (!isMade(segment, UNRESERVED) || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCanonicalQuery(String query) {
        if (query.isEmpty()) {
            return true;
        }
        String previous = null;
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            String value = pair.substring(equals + 1);
            if (equals <= 0 || !isMade(pair.substring(0, equals), UNRESERVED) || !value.isEmpty() && !isMade(value, UNRESERVED)) {
                return false;
            }
            if (previous != null && compareParameters(previous, pair) > 0) {
                return false;
            }
            previous = pair;
        }
        return true;
    }

    /** Orders {@code name=value} pairs by name, then value, as SigV4's canonical query does. */
    private static int compareParameters(String a, String b) {
        int aEquals = a.indexOf('=');
        int bEquals = b.indexOf('=');
        int byName = a.substring(0, aEquals).compareTo(b.substring(0, bEquals));
        return byName != 0 ? byName : a.substring(aEquals + 1).compareTo(b.substring(bEquals + 1));
    }

    /** Whether {@code text} is not empty and every character of it is one of {@code alphabet}. */
    private static boolean isMade(String text, String alphabet) {
        for (int i = 0; i < text.length(); i++) {
            if (alphabet.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    private static boolean isVisibleAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < ' ' || text.charAt(i) > '~') {
                return false;
            }
        }
        return !text.isEmpty();
    }

    private static void require(boolean supported, String shape) {
        if (!supported) {
            throw new IllegalArgumentException("SigV4Signer signs only canonical input: " + shape);
        }
    }

    private byte[] signingKey(String secret, String date) {
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, service);
        return hmac(key, "aws4_request");
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
