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
import java.util.regex.Pattern;

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
public final class SigV4Signer {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final Pattern METHOD = Pattern.compile("[A-Z]+");
    private static final Pattern PATH = Pattern.compile("/|(/[A-Za-z0-9._~-]+)+");
    private static final Pattern QUERY = Pattern.compile("|[A-Za-z0-9._~-]+=[A-Za-z0-9._~-]*(&[A-Za-z0-9._~-]+=[A-Za-z0-9._~-]*)*");
    private static final Pattern HEADER_NAME = Pattern.compile("[a-z0-9-]+");
    private static final Pattern HEADER_VALUE = Pattern.compile("[!-~]+( [!-~]+)*");
    /** Headers this signer adds itself. */
    private static final Set<String> ADDED = Set.of("x-amz-date", "x-amz-security-token", "authorization");

    private final String region;
    private final String service;

    public SigV4Signer(String region, String service) {
        this.region = region;
        this.service = service;
    }

    /**
     * Adds {@code x-amz-date}, the session token if any, and {@code Authorization} to {@code headers}
     * (lower-case names, including {@code host}), signing every header given.
     *
     * @throws IllegalArgumentException when the request is outside the shape this signer supports
     */
    public Map<String, String> sign(String method, String path, String query, Map<String, String> headers,
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

    private static void requireCanonical(String method, String path, String query, Map<String, String> headers) {
        require(METHOD.matcher(method).matches(), "a method in capitals");
        require(PATH.matcher(path).matches() && !path.contains("/./") && !path.endsWith("/.")
                && !path.contains("/../") && !path.endsWith("/.."), "a path of unreserved characters without dot segments");
        require(QUERY.matcher(query).matches() && isSorted(query), "a query of sorted name=value pairs of unreserved characters");
        require(headers.containsKey("host"), "a host header");
        headers.forEach((name, value) -> {
            require(HEADER_NAME.matcher(name).matches() && !ADDED.contains(name), "header names in lower case, none of " + ADDED);
            require(HEADER_VALUE.matcher(value).matches(), "header values of visible ASCII, single inner spaces, trimmed");
        });
    }

    private static boolean isSorted(String query) {
        String[] pairs = query.split("&");
        for (int i = 1; i < pairs.length; i++) {
            String[] before = pairs[i - 1].split("=", 2);
            String[] after = pairs[i].split("=", 2);
            int byName = before[0].compareTo(after[0]);
            if (byName > 0 || byName == 0 && before[1].compareTo(after[1]) > 0) {
                return false;
            }
        }
        return true;
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
