package com.trunkreleasehelper.progress;

import com.trunkreleasehelper.json.Json;

import javax.net.ssl.SSLContext;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * For {@link DynamoDbPriming} only: DynamoDB's JSON API over TLS and Lambda's container credentials endpoint
 * over plain HTTP, on loopback ports, in this process. It answers PutItem, then GetItem with the item put,
 * and anything else with {@code {}}. DynamoDB connections are kept alive, as AWS's are, until a DeleteItem
 * (the end of a priming round) is answered with {@code Connection: close}; credentials connections close at
 * once; so no client keeps a connection to it. Its threads end when it is closed.
 */
final class LoopbackDynamoDb implements AutoCloseable {

    /** Its threads' names start so; none may outlive priming. */
    static final String THREAD_PREFIX = "snapstart-priming-";
    private static final String CONTAINER_CREDENTIALS = "{\"AccessKeyId\": \"ASIAPRIMINGNOTAKEY00\", "
            + "\"SecretAccessKey\": \"priming-not-a-secret\", \"Token\": \"priming-not-a-token\", "
            + "\"Expiration\": \"2100-01-01T00:00:00Z\"}";
    private static final String TARGET_HEADER = "x-amz-target:";
    private static final String LENGTH_HEADER = "content-length:";
    /** A connection left idle this long is dropped, so one stuck client cannot hold the server. */
    private static final int IDLE_MILLIS = 5_000;
    /** DeleteItem ends each priming round: its answer closes the connection the round kept alive. */
    private static final String LAST_CALL = ".DeleteItem";

    private final ServerSocket tls;
    private final ServerSocket plain;
    private final List<Thread> threads = new ArrayList<>();
    private volatile Object item;

    private LoopbackDynamoDb(ServerSocket tls, ServerSocket plain) {
        this.tls = tls;
        this.plain = plain;
    }

    static LoopbackDynamoDb start(SSLContext context) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        ServerSocket tls = context.getServerSocketFactory().createServerSocket(0, 4, loopback);
        try {
            LoopbackDynamoDb server = new LoopbackDynamoDb(tls, new ServerSocket(0, 4, loopback));
            server.threads.add(serve(server.tls, server::dynamoDb, true));
            server.threads.add(serve(server.plain, request -> CONTAINER_CREDENTIALS, false));
            return server;
        } catch (IOException e) {
            tls.close();
            throw e;
        }
    }

    /** The DynamoDB endpoint, by the name its certificate carries. */
    URI dynamoDb() {
        return URI.create("https://localhost:" + tls.getLocalPort() + "/");
    }

    URI containerCredentials() {
        return URI.create("http://127.0.0.1:" + plain.getLocalPort() + "/credentials");
    }

    private String dynamoDb(Request request) throws IOException {
        if (request.target.endsWith(".PutItem")) {
            item = Json.object(Json.parse(request.body)).get("Item");
        } else if (request.target.endsWith(".GetItem") && item != null) {
            return new String(Json.bytes(Map.of("Item", item)), StandardCharsets.UTF_8);
        }
        return "{}";
    }

    private interface Answer {
        String to(Request request) throws IOException;
    }

    private record Request(String target, byte[] body) {
    }

    private static Thread serve(ServerSocket server, Answer answer, boolean keepAlive) {
        Thread thread = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    socket.setSoTimeout(IDLE_MILLIS);
                    socket.setTcpNoDelay(true);
                    InputStream in = new BufferedInputStream(socket.getInputStream());
                    OutputStream out = socket.getOutputStream();
                    boolean open = true;
                    while (open) {
                        Request request = read(in);
                        open = keepAlive && !request.target.endsWith(LAST_CALL);
                        String body = answer.to(request);
                        // One write: headers and body in separate segments would wait on the client's delayed ACK.
                        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: "
                                + body.getBytes(StandardCharsets.UTF_8).length + "\r\nx-amzn-RequestId: priming\r\n"
                                + "Connection: " + (open ? "keep-alive" : "close") + "\r\n\r\n" + body)
                                .getBytes(StandardCharsets.UTF_8));
                        out.flush();
                    }
                } catch (IOException closedOrBroken) {
                    // Closed: the loop ends. A broken exchange only leaves that call unprimed.
                }
            }
        }, THREAD_PREFIX + server.getLocalPort());
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static Request read(InputStream in) throws IOException {
        String target = "";
        int length = 0;
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith(TARGET_HEADER)) {
                target = line.substring(TARGET_HEADER.length()).trim();
            } else if (lower.startsWith(LENGTH_HEADER)) {
                length = Integer.parseInt(line.substring(LENGTH_HEADER.length()).trim());
            }
        }
        return new Request(target, in.readNBytes(length));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the request ended early");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        try (ServerSocket closingTls = tls; ServerSocket closingPlain = plain) {
            // Both sockets close here, which ends both threads.
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
