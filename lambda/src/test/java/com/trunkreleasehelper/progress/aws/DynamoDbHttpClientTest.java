package com.trunkreleasehelper.progress.aws;

import com.trunkreleasehelper.progress.Deadlines;
import com.trunkreleasehelper.progress.ProgressStoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The DynamoDB client's retry, clock-skew and error rules, against a scripted server. */
class DynamoDbHttpClientTest {

    private static final AwsCredentials CREDENTIALS = new AwsCredentials("AKIDTEST", "secret/key+test", "session-token");
    private static final String THROTTLED = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\","
            + "\"message\":\"The level of configured provisioned throughput for the table was exceeded.\"}";

    private ScriptedHttpServer server;
    private final AtomicInteger calls = new AtomicInteger();

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** Answers the n-th request (from 0) with the n-th script, and any later one with the last. */
    private DynamoDbHttpClient client(List<ScriptedHttpServer.Script> answers) throws IOException {
        server = ScriptedHttpServer.start((request, exchange) -> {
            int n = calls.getAndIncrement();
            answers.get(Math.min(n, answers.size() - 1)).answer(request, exchange);
        });
        return new DynamoDbHttpClient(URI.create(server.url("/")), "us-east-1", deadline -> CREDENTIALS, Clock.systemUTC());
    }

    private static ScriptedHttpServer.Script ok() {
        return (request, exchange) -> exchange.json(200, "{\"Item\":{}}");
    }

    private static ScriptedHttpServer.Script status(int status, String body) {
        return (request, exchange) -> exchange.answer(status, Map.of("x-amzn-RequestId", "REQ-" + status), body);
    }

    @Test
    void signsWhatItSendsTheWayAwsSignerDoes() throws Exception {
        List<ScriptedHttpServer.Request> seen = new ArrayList<>();
        DynamoDbHttpClient client = client(List.of((request, exchange) -> {
            seen.add(request);
            exchange.json(200, "{}");
        }));

        client.call("GetItem", Map.of("TableName", "t"), Deadlines.generous());

        ScriptedHttpServer.Request request = seen.get(0);
        assertThat(request.header("x-amz-target")).isEqualTo("DynamoDB_20120810.GetItem");
        assertThat(request.header("authorization"))
                .isEqualTo(AwsSignerOracle.authorization(request, CREDENTIALS, "us-east-1", "dynamodb"));
    }

    @Test
    void oneThrottleIsRetriedAndTheCallSucceeds() throws Exception {
        DynamoDbHttpClient client = client(List.of(status(400, THROTTLED), ok()));

        assertThat(client.call("PutItem", Map.of(), Deadlines.generous())).containsKey("Item");
        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void aServerErrorTwiceFailsAfterOneRetryWithAwsTypeMessageAndRequestId() throws Exception {
        DynamoDbHttpClient client = client(List.of(
                status(500, "{\"__type\":\"com.amazon.coral.service#InternalFailure\",\"message\":\"Internal failure.\"}")));

        assertThatThrownBy(() -> client.call("GetItem", Map.of(), Deadlines.generous()))
                .isInstanceOfSatisfying(ProgressStoreException.class, e -> {
                    assertThat(e.errorType()).isEqualTo("InternalFailure");
                    assertThat(e.getMessage()).isEqualTo("Internal failure.");
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.requestId()).isEqualTo("REQ-500");
                });
        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void aClientErrorOtherThanThrottlingIsNotRetried() throws Exception {
        DynamoDbHttpClient client = client(List.of(status(400,
                "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\",\"message\":\"Requested resource not found\"}"),
                ok()));

        assertThatThrownBy(() -> client.call("GetItem", Map.of(), Deadlines.generous()))
                .isInstanceOfSatisfying(ProgressStoreException.class,
                        e -> assertThat(e.errorType()).isEqualTo("ResourceNotFoundException"));
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void anErrorThatIsNotJsonKeepsItsHttpStatus() throws Exception {
        DynamoDbHttpClient client = client(List.of(status(403, "<html>Forbidden</html>")));

        assertThatThrownBy(() -> client.call("GetItem", Map.of(), Deadlines.generous()))
                .isInstanceOfSatisfying(ProgressStoreException.class, e -> {
                    assertThat(e.errorType()).isEqualTo("HTTP403");
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.requestId()).isEqualTo("REQ-403");
                });
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void aMalformedAnswerIsABadResponseAndNotRetried() throws Exception {
        DynamoDbHttpClient client = client(List.of(status(200, "{\"Item\": {\"userKey\""), ok()));

        assertThatThrownBy(() -> client.call("GetItem", Map.of(), Deadlines.generous()))
                .isInstanceOfSatisfying(ProgressStoreException.class, e -> {
                    assertThat(e.errorType()).isEqualTo("BadResponse");
                    assertThat(e.status()).isEqualTo(200);
                });
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void aSilentFirstTryLeavesTimeForTheSecond() throws Exception {
        DynamoDbHttpClient client = client(List.of((request, exchange) -> exchange.stall(), ok()));

        assertThat(client.call("GetItem", Map.of(), Deadlines.of(1_000))).containsKey("Item");
        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void aResetIsRetriedOnANewConnection() throws Exception {
        DynamoDbHttpClient client = client(List.of((request, exchange) -> exchange.reset(), ok()));

        assertThat(client.call("GetItem", Map.of(), Deadlines.generous())).containsKey("Item");
        assertThat(server.connections()).isEqualTo(2);
    }

    @Test
    void noRetryStartsWithoutTimeForThePauseAndTheTry() throws Exception {
        DynamoDbHttpClient client = client(List.of(status(400, THROTTLED), ok()));
        long tooShortForARetry = Backoff.MIN_PAUSE_MILLIS + DynamoDbHttpClient.MIN_TRY_MILLIS - 10;

        assertThatThrownBy(() -> client.call("GetItem", Map.of(), Deadlines.of(tooShortForARetry)))
                .isInstanceOf(ProgressStoreException.class);
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void aClockTwentyMinutesBehindIsCorrectedFromTheServersDateOnce() throws Exception {
        Duration ahead = Duration.ofMinutes(20);
        DynamoDbHttpClient client = client(List.of((request, exchange) -> {
            Instant serverNow = Instant.now().plus(ahead);
            Instant signed = AwsSignerOracle.signedAt(request);
            if (Duration.between(signed, serverNow).abs().compareTo(Duration.ofMinutes(5)) > 0) {
                exchange.answer(400, Map.of("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(serverNow, ZoneOffset.UTC))),
                        "{\"__type\":\"com.amazon.coral.service#InvalidSignatureException\",\"message\":\"Signature expired\"}");
            } else {
                exchange.json(200, "{}");
            }
        }));

        client.call("GetItem", Map.of(), Deadlines.generous());
        client.call("PutItem", Map.of(), Deadlines.generous());

        assertThat(server.requests()).as("one refusal, then both calls signed with the corrected clock").isEqualTo(3);
    }

    @Test
    void aSignatureRefusalWithoutAServerDateIsNotRetried() throws Exception {
        DynamoDbHttpClient client = client(List.of(status(400,
                "{\"__type\":\"com.amazon.coral.service#InvalidSignatureException\",\"message\":\"Signature expired\"}"), ok()));

        assertThatThrownBy(() -> client.call("GetItem", Map.of(), Deadlines.generous()))
                .isInstanceOfSatisfying(ProgressStoreException.class, e -> assertThat(e.errorType()).isEqualTo("InvalidSignatureException"));
        assertThat(server.requests()).isEqualTo(1);
    }
}
