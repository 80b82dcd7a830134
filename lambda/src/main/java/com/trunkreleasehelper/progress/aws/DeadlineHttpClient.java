package com.trunkreleasehelper.progress.aws;

import com.trunkreleasehelper.progress.StoreDeadline;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * HTTP/1.1 over a {@link DeadlineSocket}, plain or TLS, for the few small exchanges the store makes.
 * {@code HttpURLConnection} cannot be bounded: its read timeout applies per read, it cannot be changed
 * once the exchange has started, its {@code disconnect()} waits for a dripping body, and it silently
 * retries a POST. Here every read is bounded by the deadline, nothing is retried, and the {@code Host}
 * header is exactly the one the caller signed.
 *
 * <p>One idle connection per client is kept for the next exchange (TLS handshakes are the dearest part of
 * a call); a kept connection the server has meanwhile closed fails before any answer and is replaced by a
 * new one once, within the same deadline. No proxy support: Lambda reaches DynamoDB directly. Name
 * resolution is the JVM's and is not bounded by the deadline.
 */
final class DeadlineHttpClient {

    /** Items here are a few hundred bytes; a larger answer is a fault, not data. */
    static final int MAX_BODY_BYTES = 1 << 20;
    private static final int MAX_LINE_BYTES = 8 * 1024;
    private static final int MAX_HEADERS = 100;
    /** Idle connections older than this are not reused (servers close theirs after about a minute). */
    private static final long MAX_IDLE_NANOS = 20_000_000_000L;

    /** A complete answer: status, headers with lower-case names (first value kept), and body. */
    record Response(int status, Map<String, String> headers, byte[] body) {
        String header(String lowerCaseName) {
            return headers.get(lowerCaseName);
        }
    }

    private record Connection(String origin, DeadlineSocket raw, Socket socket, InputStream in, OutputStream out,
                              long idleSinceNanos) {
        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing a connection we have given up on; nothing is left to do with it.
            }
        }
    }

    /** The JVM's default TLS context, looked up at each connection (so none is built before it is needed). */
    static final Supplier<SSLSocketFactory> DEFAULT_TLS = () -> (SSLSocketFactory) SSLSocketFactory.getDefault();

    private final Supplier<SSLSocketFactory> tls;
    private final AtomicReference<Connection> idle = new AtomicReference<>();

    DeadlineHttpClient() {
        this(DEFAULT_TLS);
    }

    DeadlineHttpClient(Supplier<SSLSocketFactory> tls) {
        this.tls = tls;
    }

    /** Closes the kept connection, if any; the next exchange opens a new one. */
    void closeIdle() {
        Connection kept = idle.getAndSet(null);
        if (kept != null) {
            kept.close();
        }
    }

    /** The {@code Host} header for {@code uri}: its host, and its port only when it is not the scheme's default. */
    static String hostHeader(URI uri) {
        int port = uri.getPort();
        return port < 0 || port == defaultPort(uri) ? uri.getHost() : uri.getHost() + ":" + port;
    }

    /**
     * Sends {@code method target} to {@code uri}'s origin with exactly {@code headers} (lower-case names,
     * {@code host} among them) plus {@code content-length}, and reads the whole answer by {@code deadline}.
     */
    Response send(URI uri, String method, String target, Map<String, String> headers, byte[] body,
                  StoreDeadline deadline) throws HttpFailure {
        byte[] request = request(method, target, headers, body);
        String origin = uri.getScheme() + "://" + uri.getHost() + ":" + port(uri);
        Connection kept = idle.getAndSet(null);
        if (kept != null) {
            if (kept.origin().equals(origin) && System.nanoTime() - kept.idleSinceNanos() < MAX_IDLE_NANOS) {
                try {
                    return exchange(kept, request, deadline);
                } catch (HttpFailure e) {
                    if (!e.beforeResponse() || deadline.remainingMillis() <= 0) {
                        throw e;
                    }
                    // The server closed the kept connection while it was idle: go on with a new one.
                }
            } else {
                kept.close();
            }
        }
        return exchange(open(uri, origin, deadline), request, deadline);
    }

    private Response exchange(Connection connection, byte[] request, StoreDeadline deadline) throws HttpFailure {
        connection.raw().arm(deadline);
        boolean answered = false;
        try {
            connection.out().write(request);
            connection.out().flush();
            InputStream in = connection.in();
            int first = in.read();
            if (first < 0) {
                throw new EOFException("the server closed the connection without answering");
            }
            answered = true;
            Response response = readResponse(in, first);
            while (response.status() >= 100 && response.status() < 200) {
                response = readResponse(in, in.read());
            }
            boolean reusable = !"close".equalsIgnoreCase(response.header("connection"))
                    && (response.header("content-length") != null || response.header("transfer-encoding") != null);
            if (reusable) {
                Connection previous = idle.getAndSet(new Connection(connection.origin(), connection.raw(),
                        connection.socket(), in, connection.out(), System.nanoTime()));
                if (previous != null) {
                    previous.close();
                }
            } else {
                connection.close();
            }
            return response;
        } catch (IOException e) {
            connection.close();
            throw new HttpFailure(e.getClass().getSimpleName() + (answered ? " while reading the answer" : " before any answer"),
                    !answered, e);
        }
    }

    private Connection open(URI uri, String origin, StoreDeadline deadline) throws HttpFailure {
        DeadlineSocket raw = new DeadlineSocket(deadline);
        try {
            long left = deadline.remainingMillis();
            if (left <= 0) {
                throw new SocketTimeoutException("the store deadline has passed");
            }
            raw.setTcpNoDelay(true);
            raw.connect(new InetSocketAddress(uri.getHost(), port(uri)), (int) Math.min(Integer.MAX_VALUE, left));
            Socket socket = raw;
            if ("https".equalsIgnoreCase(uri.getScheme())) {
                SSLSocket secure = (SSLSocket) tls.get().createSocket(raw, uri.getHost(), port(uri), true);
                SSLParameters parameters = secure.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                secure.setSSLParameters(parameters);
                secure.startHandshake();
                socket = secure;
            }
            return new Connection(origin, raw, socket, new BufferedInputStream(socket.getInputStream()),
                    socket.getOutputStream(), 0);
        } catch (IOException e) {
            try {
                raw.close();
            } catch (IOException ignored) {
                // Already failing; the socket is discarded either way.
            }
            throw new HttpFailure(e.getClass().getSimpleName() + " while connecting", true, e);
        }
    }

    private static byte[] request(String method, String target, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(512).append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("content-length: ").append(body.length).append("\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] request = new byte[start.length + body.length];
        System.arraycopy(start, 0, request, 0, start.length);
        System.arraycopy(body, 0, request, start.length, body.length);
        return request;
    }

    private static Response readResponse(InputStream in, int first) throws IOException {
        String statusLine = line(in, first);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x status line");
        }
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("no status code in the status line", e);
        }
        Map<String, String> headers = new HashMap<>();
        for (String header = line(in, in.read()); !header.isEmpty(); header = line(in, in.read())) {
            int colon = header.indexOf(':');
            if (colon <= 0 || headers.size() >= MAX_HEADERS) {
                throw new IOException("a malformed or excess header");
            }
            headers.putIfAbsent(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        byte[] body = status >= 200 && status != 204 && status != 304 ? body(in, headers) : new byte[0];
        return new Response(status, headers, body);
    }

    private static byte[] body(InputStream in, Map<String, String> headers) throws IOException {
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (long size = chunkSize(line(in, in.read())); size > 0; size = chunkSize(line(in, in.read()))) {
                if (body.size() + size > MAX_BODY_BYTES) {
                    throw new IOException("the answer is larger than " + MAX_BODY_BYTES + " bytes");
                }
                body.write(exactly(in, (int) size));
                if (!line(in, in.read()).isEmpty()) {
                    throw new IOException("a chunk longer than its size");
                }
            }
            skipTrailers(in);
            return body.toByteArray();
        }
        String length = headers.get("content-length");
        if (length != null) {
            long size;
            try {
                size = Long.parseLong(length);
            } catch (NumberFormatException e) {
                throw new IOException("a malformed content-length", e);
            }
            if (size < 0 || size > MAX_BODY_BYTES) {
                throw new IOException("a content-length of " + size);
            }
            return exactly(in, (int) size);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (body.size() + n > MAX_BODY_BYTES) {
                throw new IOException("the answer is larger than " + MAX_BODY_BYTES + " bytes");
            }
            body.write(buffer, 0, n);
        }
        return body.toByteArray();
    }

    /** Reads the trailer section after the last chunk; it carries nothing this client uses. */
    private static void skipTrailers(InputStream in) throws IOException {
        String trailer = line(in, in.read());
        while (!trailer.isEmpty()) {
            trailer = line(in, in.read());
        }
    }

    private static long chunkSize(String line) throws IOException {
        int extension = line.indexOf(';');
        try {
            long size = Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
            if (size < 0) {
                throw new IOException("a negative chunk size");
            }
            return size;
        } catch (NumberFormatException e) {
            throw new IOException("a malformed chunk size", e);
        }
    }

    private static byte[] exactly(InputStream in, int size) throws IOException {
        byte[] bytes = in.readNBytes(size);
        if (bytes.length < size) {
            throw new EOFException("the answer ended " + (size - bytes.length) + " bytes early");
        }
        return bytes;
    }

    /** One header line without its line end, starting with the byte {@code first} already read. */
    private static String line(InputStream in, int first) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        for (int b = first; b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the answer ended inside its head");
            }
            if (line.size() >= MAX_LINE_BYTES) {
                throw new IOException("a head line longer than " + MAX_LINE_BYTES + " bytes");
            }
            line.write(b);
        }
        int end = line.size();
        byte[] bytes = line.toByteArray();
        return new String(bytes, 0, end > 0 && bytes[end - 1] == '\r' ? end - 1 : end, StandardCharsets.ISO_8859_1);
    }

    private static int port(URI uri) {
        return uri.getPort() < 0 ? defaultPort(uri) : uri.getPort();
    }

    private static int defaultPort(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
