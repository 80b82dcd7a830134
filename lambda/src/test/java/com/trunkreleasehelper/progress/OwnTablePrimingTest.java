package com.trunkreleasehelper.progress;

import com.trunkreleasehelper.FunctionEnvironment;
import com.trunkreleasehelper.logging.SkillLog;
import com.trunkreleasehelper.progress.aws.AwsEnvironment;
import com.trunkreleasehelper.progress.aws.DynamoDbHttpClient;
import com.trunkreleasehelper.progress.aws.ScriptedHttpServer;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The one real call before a snapshot: a GetItem on the function's own table, and nothing of it left behind. */
class OwnTablePrimingTest {

    @Test
    void itIsOneSignedGetItemOnTheFunctionsOwnTableAndClosesEveryConnection() throws Exception {
        try (DynaliteServer dynalite = DynaliteServer.start(); FakeAws aws = FakeAws.start(dynalite)) {
            String table = dynalite.createProgressTable();

            assertThat(OwnTablePriming.prime(aws.functionEnvironment(table))).as("the table answered").isTrue();
            assertThat(aws.dynamoDbTargets()).containsExactly("DynamoDB_20120810.GetItem");
            assertThat(aws.refusals()).isZero();
            assertThat(aws.awaitClientsGone(Duration.ofSeconds(5))).as("every connection closed, credentials' too").isTrue();
        }
    }

    @Test
    void itLeavesNoTlsSessionInTheContextItUsed() throws Exception {
        SSLContext control = DynamoDbPriming.loopbackTls();
        SSLContext primed = DynamoDbPriming.loopbackTls();
        try (LoopbackDynamoDb server = LoopbackDynamoDb.start(control)) {
            Map<String, String> env = Map.of(FunctionEnvironment.PROGRESS_TABLE, "progress",
                    FunctionEnvironment.DYNAMODB_ENDPOINT, server.dynamoDb().toString(),
                    AwsEnvironment.CONTAINER_CREDENTIALS_FULL_URI, server.containerCredentials().toString(),
                    AwsEnvironment.CONTAINER_AUTHORIZATION_TOKEN, "token");
            // The same call made as a turn makes it keeps the session the server offered.
            DynamoDbHttpClient turns = DynamoDbHttpClient.fromEnvironment(env, server.dynamoDb().toString(),
                    new SkillLog(line -> { }), control::getSocketFactory);
            new DynamoDbProgressStore(turns, "progress").load("key", Deadlines.generous());
            turns.closeConnections();
            assertThat(Collections.list(control.getClientSessionContext().getIds())).as("sessions after a turn's call").isNotEmpty();

            assertThat(OwnTablePriming.prime(env, primed)).isTrue();
            assertThat(Collections.list(primed.getClientSessionContext().getIds())).as("sessions after priming").isEmpty();
        }
    }

    @Test
    void withoutATableNothingIsCalled() throws Exception {
        try (ScriptedHttpServer anything = ScriptedHttpServer.start((request, exchange) -> exchange.json(200, "{}"))) {
            Map<String, String> env = Map.of(FunctionEnvironment.DYNAMODB_ENDPOINT, anything.url("/"),
                    AwsEnvironment.CONTAINER_CREDENTIALS_FULL_URI, anything.url("/credentials"));

            assertThat(OwnTablePriming.prime(env)).isFalse();
            assertThat(anything.requests()).isZero();
        }
    }

    @Test
    void anUnreachableOrMisconfiguredTableLeavesThePathUnprimedWithoutFailing() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThat(OwnTablePriming.prime(withEndpoint("http://127.0.0.1:" + closedPort + "/"))).isFalse();
        assertThat(OwnTablePriming.prime(withEndpoint("not a url"))).isFalse();
    }

    private static Map<String, String> withEndpoint(String endpoint) {
        Map<String, String> env = new HashMap<>(DynaliteServer.CREDENTIALS);
        env.put(FunctionEnvironment.PROGRESS_TABLE, "progress");
        env.put(FunctionEnvironment.DYNAMODB_ENDPOINT, endpoint);
        return env;
    }
}
