package com.trunkreleasehelper.progress.aws;

import javax.net.ssl.SSLServerSocketFactory;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server on a raw loopback socket whose answers a test scripts byte by byte: normal answers,
 * an answer dripped one byte at a time, silence, a connection reset. Connections are kept alive, as AWS's
 * are, until the client or the script closes them.
 */
public final class ScriptedHttpServer implements AutoCloseable {

    /** A request as received: header names in lower case. */
    public record Request(String method, String target, Map<String, String> headers, byte[] body) {
        public String header(String name) {
            return headers.get(name);
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    @FunctionalInterface
    public interface Script {
        void answer(Request request, Exchange exchange) throws IOException, InterruptedException;
    }

    /** The ways to answer one request. */
    public static final class Exchange {
        private final Socket socket;
        private final OutputStream out;

        Exchange(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        public void answer(int status, Map<String, String> headers, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            out.write(head(status, headers, bytes.length));
            out.write(bytes);
            out.flush();
        }

        public void json(int status, String body) throws IOException {
            answer(status, Map.of("Content-Type", "application/x-amz-json-1.0"), body);
        }

        /** The head at once, then the body one byte every {@code intervalMillis}, until done or the client leaves. */
        public void drip(int status, String body, long intervalMillis) throws IOException, InterruptedException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            out.write(head(status, Map.of("Content-Type", "application/x-amz-json-1.0"), bytes.length));
            out.flush();
            for (byte b : bytes) {
                Thread.sleep(intervalMillis);
                out.write(b);
                out.flush();
            }
        }

        /** Writes {@code bytes} as they are: a hand-made head or a chunked body. */
        public void raw(String bytes) throws IOException {
            out.write(bytes.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        /** Closes the connection in the orderly way, as a server does with one it no longer wants. */
        public void close() throws IOException {
            socket.close();
        }

        /** Says nothing until the client gives up and closes the connection. */
        public void stall() throws IOException {
            try {
                while (socket.getInputStream().read() >= 0) {
                    // Reading only to notice the client leaving.
                }
            } catch (SocketException closed) {
                // The client or the test closed the connection: the stall is over.
            }
            socket.close();
        }

        /** Resets the connection (an RST, not an orderly close), the way an overloaded load balancer may. */
        public void reset() throws IOException {
            socket.setSoLinger(true, 0);
            socket.close();
        }

        private static byte[] head(int status, Map<String, String> headers, int length) {
            StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" Status\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("Content-Length: ").append(length).append("\r\n\r\n");
            return head.toString().getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    private final ServerSocket server;
    private final Script script;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();

    private ScriptedHttpServer(ServerSocket server, Script script) {
        this.server = server;
        this.script = script;
        Thread acceptor = new Thread(this::accept, "scripted-http-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A server on a free loopback port. */
    public static ScriptedHttpServer start(Script script) throws IOException {
        return start(0, script);
    }

    /** A TLS server on a free loopback port, presenting the certificate {@code tls} holds. */
    public static ScriptedHttpServer startTls(SSLServerSocketFactory tls, Script script) throws IOException {
        ServerSocket socket = tls.createServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return new ScriptedHttpServer(socket, script);
    }

    public static ScriptedHttpServer start(int port, Script script) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return new ScriptedHttpServer(socket, script);
    }

    public int port() {
        return server.getLocalPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** Requests received so far. */
    public int requests() {
        return requests.get();
    }

    /** Connections opened so far. */
    public int connections() {
        return accepted.get();
    }

    /** Waits up to {@code wait} for the clients to close every connection; true once they all have. */
    public boolean awaitClientsGone(Duration wait) throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        while (connections.stream().anyMatch(socket -> !socket.isClosed())) {
            if (System.nanoTime() - end > 0) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                accepted.incrementAndGet();
                connections.add(socket);
                Thread connection = new Thread(() -> serve(socket), "scripted-http-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            Exchange exchange = new Exchange(socket);
            for (Request request = read(in); request != null && !socket.isClosed(); request = read(in)) {
                requests.incrementAndGet();
                script.answer(request, exchange);
            }
        } catch (IOException | InterruptedException gone) {
            // The client left or the test ended; nothing is owed to anyone.
        }
    }

    private static Request read(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        return new Request(parts[0], parts[1], headers, in.readNBytes(length));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return null;
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : connections) {
            socket.close();
        }
    }
}
