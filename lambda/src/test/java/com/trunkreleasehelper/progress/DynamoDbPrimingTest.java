package com.trunkreleasehelper.progress;

import com.trunkreleasehelper.FunctionEnvironment;
import com.trunkreleasehelper.progress.aws.AwsEnvironment;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Priming the DynamoDB path before a snapshot: every loopback call goes through, the one real call reaches the
 * function's own table, and nothing of either is left behind.
 */
class DynamoDbPrimingTest {

    /** Each round a PutItem, a GetItem and a DeleteItem. */
    private static final int CALLS = 3 * DynamoDbPriming.ROUNDS;

    @Test
    void everyStoreCallGoesThroughTlsToTheLoopbackServer() {
        assertThat(DynamoDbPriming.prime()).isEqualTo(CALLS);
    }

    @Test
    void theDefaultTlsContextRealCallsUseIsUntouched() throws Exception {
        SSLContext before = SSLContext.getDefault();

        DynamoDbPriming.prime();

        assertThat(SSLContext.getDefault()).isSameAs(before);
    }

    @Test
    void noPrimingThreadOutlivesIt() {
        DynamoDbPriming.prime();

        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().startsWith(LoopbackDynamoDb.THREAD_PREFIX));
    }

    @Test
    void theRealCallIsOneSignedGetItemOnTheFunctionsOwnTable() throws Exception {
        try (DynaliteServer dynalite = DynaliteServer.start(); FakeAws aws = FakeAws.start(dynalite)) {
            String table = dynalite.createProgressTable();

            assertThat(DynamoDbPriming.primeOwnTable(aws.functionEnvironment(table))).as("the table answered").isTrue();
            assertThat(aws.dynamoDbRequests()).isEqualTo(1);
            assertThat(aws.refusals()).isZero();
            assertThat(aws.awaitClientsGone(Duration.ofSeconds(5))).as("every connection closed, credentials' too").isTrue();
        }
    }

    @Test
    void theRealCallLeavesNoTlsSessionAndNoOpenConnection() throws Exception {
        SSLContext tls = DynamoDbPriming.loopbackTls();
        try (LoopbackDynamoDb server = LoopbackDynamoDb.start(tls)) {
            Map<String, String> env = Map.of(FunctionEnvironment.PROGRESS_TABLE, "progress",
                    FunctionEnvironment.DYNAMODB_ENDPOINT, server.dynamoDb().toString(),
                    AwsEnvironment.CONTAINER_CREDENTIALS_FULL_URI, server.containerCredentials().toString(),
                    AwsEnvironment.CONTAINER_AUTHORIZATION_TOKEN, "token");

            assertThat(DynamoDbPriming.primeOwnTable(env, tls)).isTrue();
            assertThat(Collections.list(tls.getClientSessionContext().getIds())).as("TLS sessions kept").isEmpty();
            // The server serves one connection at a time: a second call within a turn's budget gets through
            // only if the first call closed its connection.
            assertThat(DynamoDbPriming.primeOwnTable(env, tls)).as("answered on a new connection").isTrue();
        }
    }

    @Test
    void withoutATableNothingIsCalled() {
        assertThat(DynamoDbPriming.primeOwnTable(Map.of(AwsEnvironment.CONTAINER_CREDENTIALS_FULL_URI, "http://127.0.0.1:1/"))).isFalse();
    }

    @Test
    void anUnreachableOrMisconfiguredTableLeavesThePathUnprimedWithoutFailing() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> credentials = Map.of(AwsEnvironment.ACCESS_KEY_ID, "id", AwsEnvironment.SECRET_ACCESS_KEY, "secret");

        assertThat(DynamoDbPriming.primeOwnTable(with(credentials, "http://127.0.0.1:" + closedPort + "/"))).isFalse();
        assertThat(DynamoDbPriming.primeOwnTable(with(credentials, "not a url"))).isFalse();
    }

    private static Map<String, String> with(Map<String, String> credentials, String endpoint) {
        Map<String, String> env = new HashMap<>(credentials);
        env.put(FunctionEnvironment.PROGRESS_TABLE, "progress");
        env.put(FunctionEnvironment.DYNAMODB_ENDPOINT, endpoint);
        return env;
    }
}
