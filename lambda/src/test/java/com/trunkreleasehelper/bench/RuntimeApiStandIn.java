package com.trunkreleasehelper.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The part of Lambda's Runtime API (2018-06-01) that AWS's runtime interface client uses on the SnapStart
 * init path: {@code restore/next}, {@code invocation/next}, the response and the error reports. One
 * invocation at a time; each is timed from the moment its event is handed over until its response arrives,
 * which is what Lambda reports as an invocation's duration. Also the container credentials endpoint Lambda
 * gives SnapStart functions instead of key variables ({@code AWS_CONTAINER_CREDENTIALS_FULL_URI}).
 */
final class RuntimeApiStandIn implements AutoCloseable {

    private static final String BASE = "/2018-06-01/runtime/";
    private static final String CREDENTIALS = "/credentials";
    /** Made up: dynalite checks the signature's form, not the key. */
    private static final String CREDENTIALS_JSON = "{\"AccessKeyId\": \"ASIABENCHEXAMPLEKEY0\", "
            + "\"SecretAccessKey\": \"bench/secret/not/real\", \"Token\": \"bench-session-token-not-real\", "
            + "\"Expiration\": \"2099-01-01T00:00:00Z\"}";
    private static final String AUTHORIZATION = "bench-authorization-token";
    private static final long DEADLINE_MILLIS = 8_000;

    /** What one invocation returned: its body (or error report) and how long it took. */
    record Answer(boolean error, byte[] body, Duration took) {
    }

    private final HttpServer server;
    private final CountDownLatch restoreRequested = new CountDownLatch(1);
    private final CountDownLatch restoreReleased = new CountDownLatch(1);
    private final SynchronousQueue<byte[]> events = new SynchronousQueue<>();
    private final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();
    private final AtomicLong handedOver = new AtomicLong();
    private final AtomicLong nextRequestId = new AtomicLong();
    private volatile String initError;
    private volatile long snapshotPointAt;

    private RuntimeApiStandIn(HttpServer server) {
        this.server = server;
    }

    static RuntimeApiStandIn start() throws IOException {
        // Headers and body go out as separate writes: with Nagle's algorithm on, the client's delayed ACK
        // would add 40 ms to every invocation after the first.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        RuntimeApiStandIn api = new RuntimeApiStandIn(server);
        server.createContext(BASE, api::route);
        server.createContext(CREDENTIALS, RuntimeApiStandIn::credentials);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "runtime-api");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return api;
    }

    /** The value for {@code AWS_LAMBDA_RUNTIME_API}. */
    String address() {
        return server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** The container credentials variables, as Lambda sets them for a SnapStart function. */
    Map<String, String> credentialsEnvironment() {
        return Map.of("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://" + address() + CREDENTIALS,
                "AWS_CONTAINER_AUTHORIZATION_TOKEN", AUTHORIZATION);
    }

    /** Whether the runtime, its init and {@code beforeCheckpoint} done, asked to be restored within {@code wait}. */
    boolean reachedSnapshotPoint(Duration wait) throws InterruptedException {
        boolean reached = restoreRequested.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (initError != null) {
            throw new IllegalStateException("the runtime reported an init error: " + initError);
        }
        return reached;
    }

    /** When ({@link System#nanoTime()}) the runtime asked to be restored. */
    long snapshotPointAt() {
        return snapshotPointAt;
    }

    /** Lets the runtime continue as if restored from the snapshot ({@code afterRestore} runs next). */
    void restore() {
        restoreReleased.countDown();
    }

    /** Hands {@code event} to the next {@code invocation/next} and waits for its response or error. */
    Answer invoke(byte[] event, Duration timeout) throws InterruptedException {
        if (!events.offer(event, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the runtime never asked for the next invocation" + errorSuffix());
        }
        Answer answer = answers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (answer == null) {
            throw new IllegalStateException("the invocation got no response within " + timeout);
        }
        return answer;
    }

    private String errorSuffix() {
        return initError == null ? "" : " (init error: " + initError + ")";
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(BASE.length());
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        try {
            if (path.equals("restore/next")) {
                snapshotPointAt = System.nanoTime();
                restoreRequested.countDown();
                restoreReleased.await();
                reply(exchange, 200, new byte[0]);
            } else if (path.equals("invocation/next")) {
                byte[] event = events.take();
                // The client's native code reads the content type unchecked: without one it crashes the JVM.
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", "bench-" + nextRequestId.incrementAndGet());
                exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms",
                        Long.toString(System.currentTimeMillis() + DEADLINE_MILLIS));
                exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                        "arn:aws:lambda:us-east-1:000000000000:function:bench");
                exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000");
                handedOver.set(System.nanoTime());
                reply(exchange, 200, event);
            } else if (path.startsWith("invocation/") && (path.endsWith("/response") || path.endsWith("/error"))) {
                Duration took = Duration.ofNanos(System.nanoTime() - handedOver.get());
                reply(exchange, 202, new byte[0]);
                answers.add(new Answer(path.endsWith("/error"), body, took));
            } else if (path.equals("init/error") || path.equals("restore/error")) {
                initError = path + " " + exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
                restoreRequested.countDown();
                reply(exchange, 202, new byte[0]);
            } else {
                reply(exchange, 404, new byte[0]);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply(exchange, 500, new byte[0]);
        }
    }

    private static void credentials(HttpExchange exchange) throws IOException {
        boolean authorized = AUTHORIZATION.equals(exchange.getRequestHeaders().getFirst("Authorization"));
        reply(exchange, authorized ? 200 : 403, authorized ? CREDENTIALS_JSON.getBytes(StandardCharsets.UTF_8) : new byte[0]);
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
