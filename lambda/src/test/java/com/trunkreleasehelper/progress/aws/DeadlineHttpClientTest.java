package com.trunkreleasehelper.progress.aws;

import com.trunkreleasehelper.progress.Deadlines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The HTTP client against a scripted server. The drips below would take many seconds to finish; a
 * failure for the deadline shows the whole exchange is bounded without timing the test.
 */
class DeadlineHttpClientTest {

    /** One byte per 100 ms: every read returns well inside any read timeout, yet the answer takes 20 s. */
    private static final String LONG_BODY = "{\"Item\":{}}" + " ".repeat(189);

    private ScriptedHttpServer server;

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static Map<String, String> headers(URI uri) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", DeadlineHttpClient.hostHeader(uri));
        headers.put("content-type", "application/x-amz-json-1.0");
        return headers;
    }

    private static DeadlineHttpClient.Response post(DeadlineHttpClient client, URI uri, long deadlineMillis) throws HttpFailure {
        return client.send(uri, "POST", "/", headers(uri), "{}".getBytes(StandardCharsets.UTF_8), Deadlines.of(deadlineMillis));
    }

    @Test
    void theHostHeaderNamesAPortOnlyWhenItIsNotTheSchemesDefault() {
        assertThat(DeadlineHttpClient.hostHeader(URI.create("http://db.example:80/"))).isEqualTo("db.example");
        assertThat(DeadlineHttpClient.hostHeader(URI.create("https://db.example:443/"))).isEqualTo("db.example");
        assertThat(DeadlineHttpClient.hostHeader(URI.create("https://db.example/"))).isEqualTo("db.example");
        assertThat(DeadlineHttpClient.hostHeader(URI.create("http://db.example:8000/"))).isEqualTo("db.example:8000");
        assertThat(DeadlineHttpClient.hostHeader(URI.create("https://db.example:80/"))).isEqualTo("db.example:80");
    }

    @Test
    void sendsExactlyTheHeadersItIsGivenAndReadsTheAnswer() throws Exception {
        AtomicReference<ScriptedHttpServer.Request> seen = new AtomicReference<>();
        server = ScriptedHttpServer.start((request, exchange) -> {
            seen.set(request);
            exchange.answer(200, Map.of("x-amzn-RequestId", "REQ1"), "{\"Item\":{}}");
        });
        URI uri = URI.create(server.url("/"));

        DeadlineHttpClient.Response response = post(new DeadlineHttpClient(), uri, 5_000);

        assertThat(response.status()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"Item\":{}}");
        assertThat(response.header("x-amzn-requestid")).isEqualTo("REQ1");
        assertThat(seen.get().headers()).containsExactly(Map.entry("host", "127.0.0.1:" + server.port()),
                Map.entry("content-type", "application/x-amz-json-1.0"), Map.entry("content-length", "2"));
        assertThat(seen.get().bodyText()).isEqualTo("{}");
    }

    @Test
    void anAnswerDrippedByteByByteIsCutAtTheDeadline() throws Exception {
        server = ScriptedHttpServer.start((request, exchange) -> exchange.drip(200, LONG_BODY, 100));

        assertThatThrownBy(() -> post(new DeadlineHttpClient(), URI.create(server.url("/")), 400))
                .isInstanceOfSatisfying(HttpFailure.class, e -> assertThat(e.beforeResponse()).isFalse());
    }

    @Test
    void aHeadDrippedByteByByteIsCutAtTheDeadline() throws Exception {
        server = ScriptedHttpServer.start((request, exchange) -> {
            exchange.raw("HTTP/1.1 200 OK\r\n");
            for (int i = 0; i < 200; i++) {
                Thread.sleep(100);
                exchange.raw("x");
            }
        });

        assertThatThrownBy(() -> post(new DeadlineHttpClient(), URI.create(server.url("/")), 400))
                .isInstanceOfSatisfying(HttpFailure.class, e -> assertThat(e.beforeResponse()).isFalse());
    }

    @Test
    void aSilentServerIsATimeoutBeforeAnyAnswer() throws Exception {
        server = ScriptedHttpServer.start((request, exchange) -> exchange.stall());

        assertThatThrownBy(() -> post(new DeadlineHttpClient(), URI.create(server.url("/")), 200))
                .isInstanceOfSatisfying(HttpFailure.class, e -> assertThat(e.beforeResponse()).isTrue());
    }

    @Test
    void aResetBeforeAnyAnswerIsAFailureBeforeAnyAnswer() throws Exception {
        server = ScriptedHttpServer.start((request, exchange) -> exchange.reset());

        assertThatThrownBy(() -> post(new DeadlineHttpClient(), URI.create(server.url("/")), 5_000))
                .isInstanceOfSatisfying(HttpFailure.class, e -> assertThat(e.beforeResponse()).isTrue());
    }

    @Test
    void anAnswerLargerThanAnyItemIsRefused() throws Exception {
        server = ScriptedHttpServer.start((request, exchange) ->
                exchange.raw("HTTP/1.1 200 OK\r\nContent-Length: " + (DeadlineHttpClient.MAX_BODY_BYTES + 1) + "\r\n\r\n"));

        assertThatThrownBy(() -> post(new DeadlineHttpClient(), URI.create(server.url("/")), 5_000))
                .isInstanceOf(HttpFailure.class).hasRootCauseMessage("a content-length of " + (DeadlineHttpClient.MAX_BODY_BYTES + 1));
    }

    @Test
    void readsAChunkedAnswerAfterAnInterimOne() throws Exception {
        server = ScriptedHttpServer.start((request, exchange) -> exchange.raw("HTTP/1.1 100 Continue\r\n\r\n"
                + "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\n{\"a\":\r\n3\r\n\"b\"\r\n1\r\n}\r\n0\r\nx-trailer: t\r\n\r\n"));

        DeadlineHttpClient.Response response = post(new DeadlineHttpClient(), URI.create(server.url("/")), 5_000);

        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":\"b\"}");
    }

    @Test
    void keepsTheConnectionForTheNextExchange() throws Exception {
        server = ScriptedHttpServer.start((request, exchange) -> exchange.answer(200, Map.of(), "{}"));
        DeadlineHttpClient client = new DeadlineHttpClient();
        URI uri = URI.create(server.url("/"));

        post(client, uri, 5_000);
        post(client, uri, 5_000);

        assertThat(server.requests()).isEqualTo(2);
        assertThat(server.connections()).isEqualTo(1);
    }

    @Test
    void aKeptConnectionTheServerHasClosedIsReplacedWithinTheSameCall() throws Exception {
        server = ScriptedHttpServer.start((request, exchange) -> {
            exchange.answer(200, Map.of(), "{}");
            exchange.close();
        });
        DeadlineHttpClient client = new DeadlineHttpClient();
        URI uri = URI.create(server.url("/"));

        post(client, uri, 5_000);
        DeadlineHttpClient.Response second = post(client, uri, 5_000);

        assertThat(second.status()).isEqualTo(200);
        assertThat(server.connections()).isEqualTo(2);
    }

    @Test
    void overTlsTheHandshakeChecksTheNameAndADripIsStillCut() throws Exception {
        SSLContext tls = selfSigned("ip:127.0.0.1");
        server = ScriptedHttpServer.startTls(tls.getServerSocketFactory(), (request, exchange) -> {
            if (request.header("x-drip") == null) {
                exchange.answer(200, Map.of(), "{\"secure\":true}");
            } else {
                exchange.drip(200, LONG_BODY, 100);
            }
        });
        URI uri = URI.create("https://127.0.0.1:" + server.port() + "/");
        DeadlineHttpClient client = new DeadlineHttpClient(tls::getSocketFactory);

        DeadlineHttpClient.Response response = post(client, uri, 5_000);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"secure\":true}");

        Map<String, String> drip = headers(uri);
        drip.put("x-drip", "yes");
        assertThatThrownBy(() -> client.send(uri, "POST", "/", drip, new byte[0], Deadlines.of(400)))
                .isInstanceOfSatisfying(HttpFailure.class, e -> assertThat(e.beforeResponse()).isFalse());
    }

    @Test
    void overTlsACertificateForAnotherNameIsRefused() throws Exception {
        SSLContext tls = selfSigned("dns:elsewhere.example");
        server = ScriptedHttpServer.startTls(tls.getServerSocketFactory(), (request, exchange) -> exchange.answer(200, Map.of(), "{}"));
        URI uri = URI.create("https://127.0.0.1:" + server.port() + "/");

        assertThatThrownBy(() -> post(new DeadlineHttpClient(tls::getSocketFactory), uri, 5_000))
                .isInstanceOfSatisfying(HttpFailure.class, e -> assertThat(e).hasRootCauseInstanceOf(java.security.cert.CertificateException.class));
    }

    /** A key pair and self-signed certificate for {@code subjectAltName}, trusted by the context it returns. */
    private SSLContext selfSigned(String subjectAltName) throws Exception {
        Path store = dir.resolve("tls-" + subjectAltName.replace(':', '-') + ".p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=test",
                "-ext", "san=" + subjectAltName, "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor()).as(output).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, "changeit".toCharArray());
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(keys);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }
}
