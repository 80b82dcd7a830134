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
import java.util.TreeMap;

/**
 * AWS Signature Version 4 for one request, as specified in the AWS General Reference ("Create a signed
 * AWS API request"). Checked against AWS's published worked example in the tests.
 */
public final class SigV4Signer {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String ALGORITHM = "AWS4-HMAC-SHA256";

    private final String region;
    private final String service;

    public SigV4Signer(String region, String service) {
        this.region = region;
        this.service = service;
    }

    /**
     * Adds {@code x-amz-date}, the session token if any, and {@code Authorization} to {@code headers}
     * (lower-case names, including {@code host}), signing every header given.
     */
    public Map<String, String> sign(String method, String path, String query, Map<String, String> headers,
                                    byte[] payload, AwsCredentials credentials, Instant now) {
        String stamp = STAMP.format(now);
        String date = stamp.substring(0, 8);
        TreeMap<String, String> signed = new TreeMap<>(headers);
        signed.put("x-amz-date", stamp);
        if (credentials.sessionToken() != null) {
            signed.put("x-amz-security-token", credentials.sessionToken());
        }
        StringBuilder canonicalHeaders = new StringBuilder();
        signed.forEach((name, value) -> canonicalHeaders.append(name).append(':').append(value.trim()).append('\n'));
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
