package com.trunkreleasehelper.progress.aws;

import com.trunkreleasehelper.json.Json;
import com.trunkreleasehelper.progress.ProgressStoreException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The DynamoDB JSON API over plain {@link HttpURLConnection}, signed with {@link SigV4Signer}. It opens
 * nothing when created and holds no connection of its own between calls, so it is safe to create before
 * a SnapStart snapshot; the AWS SDK would add megabytes and most of a second of cold start for three calls.
 */
public final class DynamoDbHttpClient {

    private static final String TARGET_PREFIX = "DynamoDB_20120810.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    private final URI endpoint;
    private final SigV4Signer signer;
    private final CredentialsProvider credentials;
    private final Clock clock;

    public DynamoDbHttpClient(URI endpoint, String region, CredentialsProvider credentials, Clock clock) {
        this.endpoint = endpoint;
        this.signer = new SigV4Signer(region, "dynamodb");
        this.credentials = credentials;
        this.clock = clock;
    }

    /** The client for the function's region ({@code AWS_REGION}), or {@code endpoint} when given (tests, local). */
    public static DynamoDbHttpClient fromEnvironment(Map<String, String> env, String endpoint) {
        String region = env.getOrDefault("AWS_REGION", "us-east-1");
        URI uri = URI.create(endpoint != null && !endpoint.isBlank() ? endpoint : "https://dynamodb." + region + ".amazonaws.com/");
        Clock clock = Clock.systemUTC();
        return new DynamoDbHttpClient(uri, region, CredentialsProvider.fromEnvironment(env, clock), clock);
    }

    /** Calls {@code operation} (GetItem, PutItem...) and returns its JSON answer; failures carry AWS's error type. */
    public Map<String, Object> call(String operation, Map<String, Object> body, int timeoutMillis) {
        try {
            byte[] payload = Json.bytes(body);
            HttpURLConnection connection = (HttpURLConnection) endpoint.toURL().openConnection();
            connection.setConnectTimeout(timeoutMillis);
            connection.setReadTimeout(timeoutMillis);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            headers(operation, payload, timeoutMillis).forEach(connection::setRequestProperty);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(payload);
            }
            int status = connection.getResponseCode();
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                Map<String, Object> answer = in == null ? null : Json.object(Json.parse(in));
                answer = answer == null ? Map.of() : answer;
                if (status >= 400) {
                    throw failure(status, answer);
                }
                return answer;
            }
        } catch (SocketTimeoutException e) {
            throw new ProgressStoreException("Timeout", operation + " took longer than " + timeoutMillis + " ms", e);
        } catch (IOException e) {
            throw new ProgressStoreException("IOError", operation + " failed: " + e.getClass().getSimpleName(), e);
        }
    }

    private Map<String, String> headers(String operation, byte[] payload, int timeoutMillis) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", endpoint.getPort() < 0 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort());
        headers.put("content-type", CONTENT_TYPE);
        headers.put("x-amz-target", TARGET_PREFIX + operation);
        Map<String, String> signed = signer.sign("POST", endpoint.getPath().isEmpty() ? "/" : endpoint.getPath(), "",
                headers, payload, credentials.credentials(timeoutMillis), clock.instant());
        signed.remove("host");
        return signed;
    }

    private static ProgressStoreException failure(int status, Map<String, Object> answer) {
        String type = Json.text(answer, "__type") == null ? "HTTP" + status : Json.text(answer, "__type");
        String shortType = type.substring(type.lastIndexOf('#') + 1);
        return new ProgressStoreException(shortType, "DynamoDB answered " + status + " " + shortType, null);
    }
}
