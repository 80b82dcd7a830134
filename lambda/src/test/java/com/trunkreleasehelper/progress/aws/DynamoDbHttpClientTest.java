package com.trunkreleasehelper.progress.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.trunkreleasehelper.progress.ProgressStoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client against a local HTTP server standing in for DynamoDB and the credentials endpoint. */
class DynamoDbHttpClientTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T21:00:00Z"), ZoneOffset.UTC);
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private URI serve(String path, Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(path, exchange -> {
            try {
                handler.handle(exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @FunctionalInterface
    private interface Handler {
        void handle(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private DynamoDbHttpClient client(URI endpoint) {
        return new DynamoDbHttpClient(endpoint, "us-east-1", t -> new AwsCredentials("AKID", "secret", "token"), clock);
    }

    @Test
    void sendsASignedJsonCallWithTheOperationAsTarget() throws Exception {
        AtomicReference<HttpExchange> seen = new AtomicReference<>();
        URI endpoint = serve("/", exchange -> {
            seen.set(exchange);
            answer(exchange, 200, "{\"Item\": {}}");
        });

        var answer = client(endpoint).call("GetItem", Map.of("TableName", "t"), 1_000);

        assertThat(answer).containsKey("Item");
        var headers = seen.get().getRequestHeaders();
        assertThat(headers.getFirst("X-amz-target")).isEqualTo("DynamoDB_20120810.GetItem");
        assertThat(headers.getFirst("Content-type")).isEqualTo("application/x-amz-json-1.0");
        assertThat(headers.getFirst("Authorization")).startsWith("AWS4-HMAC-SHA256 Credential=AKID/20261124/us-east-1/dynamodb/");
        assertThat(headers.getFirst("X-amz-security-token")).isEqualTo("token");
    }

    @Test
    void throttlingCarriesAwsErrorType() throws Exception {
        URI endpoint = serve("/", exchange -> answer(exchange, 400,
                "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\"}"));

        assertThatThrownBy(() -> client(endpoint).call("PutItem", Map.of(), 1_000))
                .isInstanceOfSatisfying(ProgressStoreException.class,
                        e -> assertThat(e.errorType()).isEqualTo("ProvisionedThroughputExceededException"));
    }

    @Test
    void aSlowServerIsATimeout() throws Exception {
        URI endpoint = serve("/", exchange -> {
            Thread.sleep(1_500);
            answer(exchange, 200, "{}");
        });

        // The server answers after 1.5 s; only the 200 ms read timeout can make this a Timeout.
        assertThatThrownBy(() -> client(endpoint).call("GetItem", Map.of(), 200))
                .isInstanceOfSatisfying(ProgressStoreException.class, e -> assertThat(e.errorType()).isEqualTo("Timeout"));
    }

    @Test
    void containerCredentialsAreFetchedWithTheTokenAndCachedUntilNearExpiry() throws Exception {
        AtomicReference<String> authorization = new AtomicReference<>();
        int[] calls = {0};
        URI uri = serve("/creds", exchange -> {
            calls[0]++;
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            answer(exchange, 200, "{\"AccessKeyId\":\"ASIA\",\"SecretAccessKey\":\"s\",\"Token\":\"t\","
                    + "\"Expiration\":\"2026-11-24T22:00:00Z\"}");
        });
        CredentialsProvider provider = CredentialsProvider.fromEnvironment(Map.of(
                "AWS_CONTAINER_CREDENTIALS_FULL_URI", uri.toString(), "AWS_CONTAINER_AUTHORIZATION_TOKEN", "secret-token"),
                clock);

        AwsCredentials first = provider.credentials(1_000);
        provider.credentials(1_000);

        assertThat(first).isEqualTo(new AwsCredentials("ASIA", "s", "t"));
        assertThat(authorization.get()).isEqualTo("secret-token");
        assertThat(calls[0]).isEqualTo(1);
        assertThat(first.toString()).doesNotContain("s,").contains("secret hidden");
    }

    @Test
    void environmentCredentialsAreReadAtCallTime() {
        CredentialsProvider provider = CredentialsProvider.fromEnvironment(
                Map.of("AWS_ACCESS_KEY_ID", "AKID", "AWS_SECRET_ACCESS_KEY", "s"), clock);

        assertThat(provider.credentials(100)).isEqualTo(new AwsCredentials("AKID", "s", null));
        assertThatThrownBy(() -> CredentialsProvider.fromEnvironment(Map.of(), clock).credentials(100))
                .hasMessageContaining("no AWS credentials");
    }
}
