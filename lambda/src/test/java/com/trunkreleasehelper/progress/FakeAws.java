package com.trunkreleasehelper.progress;

import com.trunkreleasehelper.FunctionEnvironment;
import com.trunkreleasehelper.progress.aws.AwsCredentials;
import com.trunkreleasehelper.progress.aws.AwsEnvironment;
import com.trunkreleasehelper.progress.aws.AwsSignerOracle;
import com.trunkreleasehelper.progress.aws.ScriptedHttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * AWS as the deployed function meets it, on one loopback port: Lambda's container credentials endpoint,
 * and DynamoDB, which checks every request's signature with AWS's own signer (refusing unknown, expired or
 * skewed ones as AWS does) and passes it on to dynalite. A test queues faults for the next requests of
 * either, and may run this server's clock ahead of the function's.
 */
final class FakeAws implements AutoCloseable {

    static final String CREDENTIALS_PATH = "/2021-04-23/credentials";
    static final String AUTHORIZATION_TOKEN = "container-authorization-token";
    private static final String REGION = "us-east-1";
    /** How far a request's time may be from AWS's own before AWS refuses it. */
    private static final Duration SIGNATURE_WINDOW = Duration.ofMinutes(5);

    private record Issued(AwsCredentials credentials, Instant expiration) {
    }

    private final DynaliteServer dynalite;
    private final ScriptedHttpServer server;
    private final Queue<ScriptedHttpServer.Script> dynamoDbFaults = new ConcurrentLinkedQueue<>();
    private final Queue<ScriptedHttpServer.Script> credentialFaults = new ConcurrentLinkedQueue<>();
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();
    /** Each DynamoDB request's {@code x-amz-target}, in order. */
    private final Queue<String> dynamoDbTargets = new ConcurrentLinkedQueue<>();
    private final AtomicInteger credentialRequests = new AtomicInteger();
    private final AtomicInteger refusals = new AtomicInteger();
    private volatile Duration clockAhead = Duration.ZERO;
    private volatile Duration credentialsLast = Duration.ofHours(6);

    private FakeAws(DynaliteServer dynalite, int port) throws IOException {
        this.dynalite = dynalite;
        this.server = ScriptedHttpServer.start(port, this::answer);
    }

    static FakeAws start(DynaliteServer dynalite) throws IOException {
        return new FakeAws(dynalite, 0);
    }

    /** On a given port (80, to show an endpoint written with its scheme's default port). */
    static FakeAws start(DynaliteServer dynalite, int port) throws IOException {
        return new FakeAws(dynalite, port);
    }

    /** The base URL as a function would be configured with it: the port written out, default or not. */
    String url(String path) {
        return server.url(path);
    }

    /** What the deployed function's environment holds, pointing at this server. */
    Map<String, String> functionEnvironment(String table) {
        Map<String, String> env = new HashMap<>();
        env.put(FunctionEnvironment.PROGRESS_TABLE, table);
        env.put(FunctionEnvironment.DYNAMODB_ENDPOINT, url("/"));
        env.put(AwsEnvironment.REGION, REGION);
        env.put(AwsEnvironment.CONTAINER_CREDENTIALS_FULL_URI, url(CREDENTIALS_PATH));
        env.put(AwsEnvironment.CONTAINER_AUTHORIZATION_TOKEN, AUTHORIZATION_TOKEN);
        return env;
    }

    /** The next DynamoDB requests meet these faults, one each, before requests are served again. */
    void failNextDynamoDb(ScriptedHttpServer.Script... faults) {
        dynamoDbFaults.addAll(List.of(faults));
    }

    void failNextCredentials(ScriptedHttpServer.Script... faults) {
        credentialFaults.addAll(List.of(faults));
    }

    void runClockAhead(Duration ahead) {
        clockAhead = ahead;
    }

    /** How long the credentials handed out from now on last (negative: already expired). */
    void credentialsLast(Duration lifetime) {
        credentialsLast = lifetime;
    }

    int dynamoDbRequests() {
        return dynamoDbTargets.size();
    }

    /** The operations asked of DynamoDB so far, as their {@code x-amz-target} headers name them. */
    List<String> dynamoDbTargets() {
        return List.copyOf(dynamoDbTargets);
    }

    /** Waits up to {@code wait} for the function to close every connection it opened here. */
    boolean awaitClientsGone(Duration wait) throws InterruptedException {
        return server.awaitClientsGone(wait);
    }

    int credentialRequests() {
        return credentialRequests.get();
    }

    /** DynamoDB requests refused for their signature, their time or their credentials. */
    int refusals() {
        return refusals.get();
    }

    static ScriptedHttpServer.Script stall() {
        return (request, exchange) -> exchange.stall();
    }

    static ScriptedHttpServer.Script reset() {
        return (request, exchange) -> exchange.reset();
    }

    /** Headers at once, then a long answer one byte every {@code intervalMillis}. */
    static ScriptedHttpServer.Script drip(long intervalMillis) {
        return (request, exchange) -> exchange.drip(200, "{\"Item\":{}}" + " ".repeat(200), intervalMillis);
    }

    static ScriptedHttpServer.Script answer(int status, String body) {
        return (request, exchange) -> exchange.answer(status, Map.of("x-amzn-RequestId", "FAULT-" + status), body);
    }

    static ScriptedHttpServer.Script throttle() {
        return answer(400, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\","
                + "\"message\":\"The level of configured provisioned throughput for the table was exceeded.\"}");
    }

    /** Waits, then goes on as usual: a slow answer, not a wrong one. */
    ScriptedHttpServer.Script slow(long millis) {
        return (request, exchange) -> {
            Thread.sleep(millis);
            answerNormally(request, exchange);
        };
    }

    private void answer(ScriptedHttpServer.Request request, ScriptedHttpServer.Exchange exchange)
            throws IOException, InterruptedException {
        boolean credentials = request.target().startsWith(CREDENTIALS_PATH);
        if (credentials) {
            credentialRequests.incrementAndGet();
        } else {
            dynamoDbTargets.add(String.valueOf(request.header("x-amz-target")));
        }
        ScriptedHttpServer.Script fault = (credentials ? credentialFaults : dynamoDbFaults).poll();
        if (fault != null) {
            fault.answer(request, exchange);
        } else {
            answerNormally(request, exchange);
        }
    }

    private void answerNormally(ScriptedHttpServer.Request request, ScriptedHttpServer.Exchange exchange) throws IOException {
        if (request.target().startsWith(CREDENTIALS_PATH)) {
            handOutCredentials(request, exchange);
        } else {
            String refusal = refusal(request);
            if (refusal != null) {
                refusals.incrementAndGet();
                exchange.answer(400, Map.of("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(now(), ZoneOffset.UTC)),
                        "x-amzn-RequestId", "REFUSED-" + refusals.get()), refusal);
            } else {
                forwardToDynalite(request, exchange);
            }
        }
    }

    private Instant now() {
        return Instant.now().plus(clockAhead);
    }

    private void handOutCredentials(ScriptedHttpServer.Request request, ScriptedHttpServer.Exchange exchange) throws IOException {
        if (!AUTHORIZATION_TOKEN.equals(request.header("authorization"))) {
            exchange.answer(401, Map.of(), "{\"message\":\"bad token\"}");
            return;
        }
        int n = credentialRequests.get();
        Issued credentials = new Issued(new AwsCredentials("ASIAFAKE" + n, "fake/secret+" + n, "fake-session-token-" + n),
                Instant.now().plus(credentialsLast));
        issued.put(credentials.credentials().accessKeyId(), credentials);
        exchange.answer(200, Map.of("Content-Type", "application/json"), "{\"AccessKeyId\":\"" + credentials.credentials().accessKeyId()
                + "\",\"SecretAccessKey\":\"" + credentials.credentials().secretAccessKey() + "\",\"Token\":\""
                + credentials.credentials().sessionToken() + "\",\"Expiration\":\"" + credentials.expiration() + "\"}");
    }

    /** Why AWS would refuse this request, as its JSON error; null when it would not. */
    private String refusal(ScriptedHttpServer.Request request) {
        String authorization = request.header("authorization");
        String date = request.header("x-amz-date");
        if (authorization == null || date == null) {
            return error("MissingAuthenticationTokenException", "Request is missing Authentication Token");
        }
        String keyId = authorization.substring(authorization.indexOf("Credential=") + "Credential=".length(), authorization.indexOf('/'));
        Issued credentials = issued.get(keyId);
        if (credentials == null || !credentials.credentials().sessionToken().equals(request.header("x-amz-security-token"))) {
            return error("UnrecognizedClientException", "The security token included in the request is invalid.");
        }
        Instant signedAt = AwsSignerOracle.signedAt(request);
        if (Duration.between(signedAt, now()).abs().compareTo(SIGNATURE_WINDOW) > 0) {
            return error("InvalidSignatureException", "Signature expired: " + date + " is outside the "
                    + SIGNATURE_WINDOW.toMinutes() + " minutes around " + now());
        }
        if (now().isAfter(credentials.expiration())) {
            return error("ExpiredTokenException", "The security token included in the request is expired");
        }
        String expected = AwsSignerOracle.authorization(request, credentials.credentials(), REGION, "dynamodb");
        return expected.equals(authorization) ? null : error("InvalidSignatureException",
                "The request signature we calculated does not match the signature you provided.");
    }

    private static String error(String type, String message) {
        return "{\"__type\":\"com.amazon.coral.service#" + type + "\",\"message\":\"" + message + "\"}";
    }

    private void forwardToDynalite(ScriptedHttpServer.Request request, ScriptedHttpServer.Exchange exchange) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(dynalite.endpoint()).toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        for (String header : List.of("content-type", "x-amz-target", "x-amz-date", "authorization")) {
            connection.setRequestProperty(header, request.header(header));
        }
        try (OutputStream out = connection.getOutputStream()) {
            out.write(request.body());
        }
        int status = connection.getResponseCode();
        byte[] body;
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            body = in == null ? new byte[0] : in.readAllBytes();
        }
        exchange.answer(status, Map.of("Content-Type", "application/x-amz-json-1.0", "x-amzn-RequestId", "DYNALITE-" + dynamoDbTargets.size()),
                new String(body, StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
