package com.trunkreleasehelper.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.trunkreleasehelper.progress.aws.AwsEnvironment;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Lambda Runtime API (version 2018-06-01) on a loopback port, as much of it as AWS's Java runtime
 * interface client uses: it long-polls {@code /runtime/invocation/next} for events that {@link #invoke}
 * queues, posts each answer to {@code /invocation/{id}/response} or {@code /invocation/{id}/error}, reports
 * a failed start to {@code /init/error}, and on the SnapStart path calls {@code /runtime/restore/next} once
 * its CRaC {@code beforeCheckpoint} hooks have run, then (after restore) {@code /restore/error} if an
 * {@code afterRestore} hook failed. Also the container credentials endpoint Lambda gives a SnapStart function
 * instead of key variables ({@link #credentialsEnvironment()}; the credentials are made up).
 * <p>
 * {@code /restore/next} is where Lambda takes the snapshot. Here nothing is snapshotted: the call is held
 * until {@link #restore()}, so a test can look at the paused process at its checkpoint, and a benchmark can
 * time what happens from the restore on.
 */
public final class RuntimeApiStandIn implements AutoCloseable {

    private static final String PREFIX = "/2018-06-01/runtime/";
    private static final String ERROR_TYPE_HEADER = "Lambda-Runtime-Function-Error-Type";
    private static final String CREDENTIALS = "/credentials";
    private static final String AUTHORIZATION = "stand-in-authorization-token";
    /** Made up: a stand-in for DynamoDB checks a signature's form, not the key. */
    private static final String CREDENTIALS_JSON = "{\"AccessKeyId\": \"ASIASTANDINEXAMPLEKEY\", "
            + "\"SecretAccessKey\": \"stand/in/secret/not/real\", \"Token\": \"stand-in-session-token-not-real\", "
            + "\"Expiration\": \"2099-01-01T00:00:00Z\"}";

    static {
        // Headers and body go out as separate writes: with Nagle's algorithm on, the runtime's delayed ACK would
        // add 40 ms to every invocation after the first. Read once, when the JDK's HTTP server first starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /**
     * What the runtime posted for one invocation: its response, or its error and the error type header, and how
     * long it took from the event's hand-over to the post (what Lambda reports as the invocation's duration).
     */
    public record Outcome(String requestId, boolean failed, byte[] body, String errorType, Duration took) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A report to /init/error or /restore/error. */
    public record Report(String path, String errorType, String body) {
    }

    private record Event(String requestId, byte[] body) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "runtime-api-stand-in");
        t.setDaemon(true);
        return t;
    });
    private final String functionArn;
    private final Duration timeout;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Map<String, BlockingQueue<Outcome>> outcomes = new ConcurrentHashMap<>();
    private final Map<String, Long> handedOver = new ConcurrentHashMap<>();
    private final List<Report> reports = new CopyOnWriteArrayList<>();
    private final CountDownLatch checkpoint = new CountDownLatch(1);
    private final CountDownLatch restored = new CountDownLatch(1);
    private final CountDownLatch polled = new CountDownLatch(1);
    private volatile long checkpointAt;

    /**
     * @param functionArn what the runtime is told it was invoked as
     * @param timeout     the function's timeout, from which each invocation's deadline is set
     */
    public RuntimeApiStandIn(String functionArn, Duration timeout) throws IOException {
        this.functionArn = functionArn;
        this.timeout = timeout;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PREFIX, this::handle);
        server.createContext(CREDENTIALS, RuntimeApiStandIn::credentials);
        // The runtime holds /next open while it waits; the other calls need threads of their own.
        server.setExecutor(threads);
        server.start();
    }

    /** The value for AWS_LAMBDA_RUNTIME_API: host and port, no scheme. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** The container credentials variables, as Lambda sets them for a SnapStart function. */
    public Map<String, String> credentialsEnvironment() {
        return Map.of(AwsEnvironment.CONTAINER_CREDENTIALS_FULL_URI, "http://" + address() + CREDENTIALS,
                AwsEnvironment.CONTAINER_AUTHORIZATION_TOKEN, AUTHORIZATION);
    }

    /** Hands the event to the runtime and waits for what it posts back. */
    public Outcome invoke(byte[] event, Duration wait) throws InterruptedException, TimeoutException {
        String requestId = UUID.randomUUID().toString();
        BlockingQueue<Outcome> answer = new LinkedBlockingQueue<>();
        outcomes.put(requestId, answer);
        events.add(new Event(requestId, event));
        Outcome outcome = answer.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        outcomes.remove(requestId);
        if (outcome == null) {
            throw new TimeoutException("the runtime posted nothing for request " + requestId + " within " + wait);
        }
        return outcome;
    }

    /** Whether the runtime has called /restore/next, that is, whether its beforeCheckpoint hooks have run. */
    public boolean reachedCheckpoint() {
        return checkpoint.getCount() == 0;
    }

    /** When ({@link System#nanoTime()}) the runtime called /restore/next; 0 before it has. */
    public long checkpointAt() {
        return checkpointAt;
    }

    /** Answers the held /restore/next: the runtime goes on as a process restored from the snapshot would. */
    public void restore() {
        restored.countDown();
    }

    /** Waits until the runtime first asks for an invocation, that is, until its start is complete. */
    public void awaitFirstPoll(Duration wait) throws InterruptedException, TimeoutException {
        await(polled, wait, "the runtime never asked for an invocation");
    }

    /** The reports to /init/error and /restore/error so far. */
    public List<Report> reports() {
        return List.copyOf(reports);
    }

    private static void await(CountDownLatch latch, Duration wait, String failure) throws InterruptedException, TimeoutException {
        if (!latch.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new TimeoutException(failure + " within " + wait);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            String method = exchange.getRequestMethod();
            byte[] body = exchange.getRequestBody().readAllBytes();
            String errorType = exchange.getRequestHeaders().getFirst(ERROR_TYPE_HEADER);
            if ("GET".equals(method) && path.equals("invocation/next")) {
                next(exchange);
            } else if ("POST".equals(method) && path.startsWith("invocation/") && path.endsWith("/response")) {
                answer(exchange, requestId(path), false, body, null);
            } else if ("POST".equals(method) && path.startsWith("invocation/") && path.endsWith("/error")) {
                answer(exchange, requestId(path), true, body, errorType);
            } else if ("POST".equals(method) && (path.equals("init/error") || path.equals("restore/error"))) {
                reports.add(new Report(path, errorType, new String(body, StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(202, -1);
            } else if ("GET".equals(method) && path.equals("restore/next")) {
                checkpointAt = System.nanoTime();
                checkpoint.countDown();
                awaitRestore();
                exchange.sendResponseHeaders(200, -1);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        polled.countDown();
        Event event;
        try {
            event = events.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(500, -1);
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", event.requestId());
        exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", String.valueOf(System.currentTimeMillis() + timeout.toMillis()));
        exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", functionArn);
        exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0");
        handedOver.put(event.requestId(), System.nanoTime());
        exchange.sendResponseHeaders(200, event.body().length);
        exchange.getResponseBody().write(event.body());
    }

    private void answer(HttpExchange exchange, String requestId, boolean failed, byte[] body, String errorType)
            throws IOException {
        long answeredAt = System.nanoTime();
        Long handed = handedOver.remove(requestId);
        BlockingQueue<Outcome> waiting = outcomes.get(requestId);
        if (waiting == null || handed == null) {
            exchange.sendResponseHeaders(400, -1);
            return;
        }
        exchange.sendResponseHeaders(202, -1);
        waiting.add(new Outcome(requestId, failed, body, errorType, Duration.ofNanos(answeredAt - handed)));
    }

    private static void credentials(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (AUTHORIZATION.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                byte[] body = CREDENTIALS_JSON.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } else {
                exchange.sendResponseHeaders(403, -1);
            }
        }
    }

    private void awaitRestore() {
        try {
            restored.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String requestId(String path) {
        return path.substring("invocation/".length(), path.lastIndexOf('/'));
    }

    @Override
    public void close() {
        restored.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
