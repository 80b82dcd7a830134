package com.trunkreleasehelper.progress.aws;

import com.trunkreleasehelper.logging.SkillLog;

import javax.net.ssl.SSLSocketFactory;
import java.util.function.Supplier;
import com.trunkreleasehelper.json.Json;
import com.trunkreleasehelper.progress.ProgressStoreException;
import com.trunkreleasehelper.progress.StoreDeadline;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The DynamoDB JSON API over {@link DeadlineHttpClient}, signed with {@link SigV4Signer}. It opens nothing
 * when created, so it is safe to create before a SnapStart snapshot; the AWS SDK would add megabytes and
 * most of a second of cold start for three calls.
 *
 * <p>A call finishes or fails by the deadline it is given, credentials included. It is tried at most twice:
 * again after a jittered pause when the first try was throttled, met a server error, or failed or timed out
 * before any answer (the first try gets {@link #FIRST_TRY_SHARE_PERCENT}% of the time left, so a silent
 * server leaves room for the second); and again at once when AWS refused it for a clock that differs from
 * AWS's by minutes, with the clock corrected from the answer's {@code Date} for this call and the next.
 */
public final class DynamoDbHttpClient {

    private static final String TARGET_PREFIX = "DynamoDB_20120810.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    static final int FIRST_TRY_SHARE_PERCENT = 60;
    /** A second try with less time than this left is not started. */
    static final int MIN_TRY_MILLIS = 50;

    private final URI endpoint;
    private final String host;
    private final String path;
    private final SigV4Signer signer;
    private final CredentialsProvider credentials;
    private final Clock clock;
    private final DeadlineHttpClient http;
    /** How far AWS's clock is ahead of ours, learned from a refusal for skew. */
    private volatile Duration clockOffset = Duration.ZERO;

    public DynamoDbHttpClient(URI endpoint, String region, CredentialsProvider credentials, Clock clock) {
        this(endpoint, region, credentials, clock, new DeadlineHttpClient());
    }

    DynamoDbHttpClient(URI endpoint, String region, CredentialsProvider credentials, Clock clock, DeadlineHttpClient http) {
        this.endpoint = endpoint;
        this.host = DeadlineHttpClient.hostHeader(endpoint);
        this.path = endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath();
        this.signer = new SigV4Signer(region, "dynamodb");
        this.credentials = credentials;
        this.clock = clock;
        this.http = http;
    }

    /** The client for the function's region ({@code AWS_REGION}), or {@code endpoint} when given (tests, local). */
    public static DynamoDbHttpClient fromEnvironment(Map<String, String> env, String endpoint, SkillLog log) {
        return fromEnvironment(env, endpoint, log, DeadlineHttpClient.DEFAULT_TLS);
    }

    /** The same client with its DynamoDB calls' TLS from {@code tls} (SnapStart priming, which must know that context). */
    public static DynamoDbHttpClient fromEnvironment(Map<String, String> env, String endpoint, SkillLog log,
                                                     Supplier<SSLSocketFactory> tls) {
        String region = env.getOrDefault(AwsEnvironment.REGION, "us-east-1");
        URI uri = URI.create(endpoint != null && !endpoint.isBlank() ? endpoint : "https://dynamodb." + region + ".amazonaws.com/");
        Clock clock = Clock.systemUTC();
        return new DynamoDbHttpClient(uri, region, CredentialsProvider.fromEnvironment(env, clock, log), clock,
                new DeadlineHttpClient(tls));
    }

    /** Closes the connections kept for the next call, to DynamoDB and for credentials; the next call opens new ones. */
    public void closeConnections() {
        http.closeIdle();
        credentials.closeConnections();
    }

    /**
     * Calls {@code operation} (GetItem, PutItem...) and returns its JSON answer by {@code deadline}; failures
     * are {@link ProgressStoreException}s carrying AWS's error type, message and request ID.
     */
    public Map<String, Object> call(String operation, Map<String, Object> body, StoreDeadline deadline) {
        byte[] payload = Json.bytes(body);
        ProgressStoreException failure;
        int pause;
        try {
            return once(operation, payload, deadline.within(deadline.remainingMillis() * FIRST_TRY_SHARE_PERCENT / 100));
        } catch (ClockSkewCorrected corrected) {
            failure = corrected.refusal();
            pause = 0;
        } catch (TransientFailure transientFailure) {
            failure = transientFailure;
            pause = Backoff.pauseMillis();
        }
        if (deadline.remainingMillis() - pause < MIN_TRY_MILLIS) {
            throw failure;
        }
        sleep(pause);
        try {
            return once(operation, payload, deadline);
        } catch (ClockSkewCorrected again) {
            throw again.refusal();
        }
    }

    private Map<String, Object> once(String operation, byte[] payload, StoreDeadline deadline) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", host);
        headers.put("content-type", CONTENT_TYPE);
        headers.put("x-amz-target", TARGET_PREFIX + operation);
        // AWS's own signer sends the payload hash as a header too; so do we, so that requests match the SDK's.
        headers.put("x-amz-content-sha256", SigV4Signer.hex(SigV4Signer.sha256(payload)));
        Instant signedAt = clock.instant().plus(clockOffset);
        Map<String, String> signed = signer.sign("POST", path, "", headers, payload, credentials.credentials(deadline), signedAt);
        DeadlineHttpClient.Response response;
        try {
            response = http.send(endpoint, "POST", path, signed, payload, deadline);
        } catch (HttpFailure e) {
            throw e.toStoreException(operation, deadline);
        }
        if (response.status() >= 300) {
            Duration skew = AwsErrors.clockSkew(response, signedAt);
            if (skew != null) {
                clockOffset = clockOffset.plus(skew);
                throw new ClockSkewCorrected(AwsErrors.failure(operation, response));
            }
            throw AwsErrors.failure(operation, response);
        }
        try {
            Map<String, Object> answer = Json.object(Json.parse(response.body()));
            if (answer != null) {
                return answer;
            }
        } catch (IOException notJson) {
            // Reported below like any other answer that is not a JSON object.
        }
        throw new ProgressStoreException("BadResponse", operation + " answered " + response.status() + " without a JSON object",
                null, response.status(), response.header(AwsErrors.REQUEST_ID_HEADER));
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProgressStoreException(ProgressStoreException.TIMEOUT, "interrupted before retrying", e);
        }
    }

    /** A refusal for clock skew, after the clock offset has been corrected: worth one immediate retry. */
    private static final class ClockSkewCorrected extends RuntimeException {
        private final ProgressStoreException refusal;

        ClockSkewCorrected(ProgressStoreException refusal) {
            super(refusal.getMessage(), refusal, false, false);
            this.refusal = refusal;
        }

        ProgressStoreException refusal() {
            return refusal;
        }
    }
}
