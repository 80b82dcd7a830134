package com.trunkreleasehelper.progress.aws;

import com.trunkreleasehelper.progress.Deadlines;
import com.trunkreleasehelper.progress.ProgressStoreException;
import com.trunkreleasehelper.progress.StoreDeadline;
import com.trunkreleasehelper.testing.LogLines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When credentials are fetched, kept, renewed and refused, on a clock the test moves. */
class ContainerCredentialsTest {

    private final LogLines logs = new LogLines();

    private static final Instant START = Instant.parse("2026-11-24T21:00:00Z");

    /** A clock the test moves; the credentials endpoint reads it too, to say when what it hands out expires. */
    private static final class MovableClock extends Clock {
        private volatile Instant now = START;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final MovableClock clock = new MovableClock();
    /** How long what the endpoint hands out lasts. */
    private final AtomicReference<Duration> lifetime = new AtomicReference<>(Duration.ofHours(1));
    /** How the endpoint behaves: answers, fails with a 500, or says nothing. */
    private final AtomicReference<String> behaviour = new AtomicReference<>("answer");
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private ScriptedHttpServer endpoint;

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws Exception {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    private CredentialsProvider provider(Map<String, String> env) {
        return CredentialsProvider.fromEnvironment(env, clock, logs.log());
    }

    private Map<String, String> endpointEnv() throws IOException {
        endpoint = ScriptedHttpServer.start((request, exchange) -> {
            authorization.set(request.header("authorization"));
            switch (behaviour.get()) {
                case "fail" -> exchange.answer(500, Map.of(), "unavailable");
                case "stall" -> exchange.stall();
                default -> hand(exchange);
            }
        });
        return Map.of(AwsEnvironment.CONTAINER_CREDENTIALS_FULL_URI, endpoint.url("/2021-04-23/credentials"),
                AwsEnvironment.CONTAINER_AUTHORIZATION_TOKEN, "container-token");
    }

    /** Hands out credentials numbered by the request that asked, lasting {@link #lifetime} from now. */
    private void hand(ScriptedHttpServer.Exchange exchange) throws IOException {
        int n = endpoint.requests();
        exchange.answer(200, Map.of(), "{\"AccessKeyId\":\"ASIA" + n + "\",\"SecretAccessKey\":\"s" + n + "\",\"Token\":\"t" + n
                + "\",\"Expiration\":\"" + clock.instant().plus(lifetime.get()) + "\"}");
    }

    @Test
    void fetchedOnceWithTheAuthorizationTokenAndKeptWhileFarFromExpiry() throws Exception {
        CredentialsProvider provider = provider(endpointEnv());

        AwsCredentials first = provider.credentials(Deadlines.generous());
        clock.advance(Duration.ofMinutes(30));
        AwsCredentials later = provider.credentials(Deadlines.generous());

        assertThat(first).isEqualTo(new AwsCredentials("ASIA1", "s1", "t1")).isEqualTo(later);
        assertThat(authorization.get()).isEqualTo("container-token");
        assertThat(endpoint.requests()).isEqualTo(1);
        assertThat(first.toString()).doesNotContain("s1").contains("secret hidden");
    }

    @Test
    void theAuthorizationTokenIsReadFromItsFileWhenGivenOne() throws Exception {
        Path token = Files.writeString(dir.resolve("token"), "token-from-file\n");
        Map<String, String> env = new HashMap<>(endpointEnv());
        env.remove(AwsEnvironment.CONTAINER_AUTHORIZATION_TOKEN);
        env.put(AwsEnvironment.CONTAINER_AUTHORIZATION_TOKEN_FILE, token.toString());

        provider(env).credentials(Deadlines.generous());

        assertThat(authorization.get()).isEqualTo("token-from-file");
    }

    @Test
    void renewedEarlyOnceTheRefreshWindowOpens() throws Exception {
        CredentialsProvider provider = provider(endpointEnv());
        provider.credentials(Deadlines.generous());

        clock.advance(Duration.ofHours(1).minus(ContainerCredentials.REFRESH_WINDOW).minusSeconds(1));
        assertThat(provider.credentials(Deadlines.generous()).accessKeyId()).isEqualTo("ASIA1");
        clock.advance(Duration.ofSeconds(2));
        assertThat(provider.credentials(Deadlines.generous()).accessKeyId()).isEqualTo("ASIA2");
        assertThat(endpoint.requests()).isEqualTo(2);
    }

    @Test
    void credentialsHandedOutInsideTheWindowAreRenewedAtMostOncePerWindowNotPerCall() throws Exception {
        lifetime.set(ContainerCredentials.REFRESH_WINDOW.minusMinutes(1));
        CredentialsProvider provider = provider(endpointEnv());

        for (int call = 0; call < 40; call++) {
            provider.credentials(Deadlines.generous());
            clock.advance(Duration.ofSeconds(3));
        }

        assertThat(endpoint.requests()).as("the first fetch and one early renewal").isEqualTo(2);
    }

    @Test
    void aFailedEarlyRenewalKeepsTheValidCredentialsAndIsNotRepeatedOnEveryCall() throws Exception {
        CredentialsProvider provider = provider(endpointEnv());
        provider.credentials(Deadlines.generous());
        clock.advance(Duration.ofMinutes(57));
        behaviour.set("fail");

        AwsCredentials renewing = provider.credentials(Deadlines.generous());
        clock.advance(Duration.ofSeconds(30));
        AwsCredentials next = provider.credentials(Deadlines.generous());

        assertThat(renewing).isEqualTo(next).isEqualTo(new AwsCredentials("ASIA1", "s1", "t1"));
        assertThat(logs.text().strip().lines()).singleElement().asString()
                .contains("\"event\":\"credentials_refresh_failed\"", "\"error\":\"CredentialsHttp500\"");
        assertThat(endpoint.requests()).isEqualTo(2);
    }

    @Test
    void aSlowEarlyRenewalTakesAtMostHalfTheTimeLeft() throws Exception {
        CredentialsProvider provider = provider(endpointEnv());
        provider.credentials(Deadlines.generous());
        clock.advance(Duration.ofMinutes(57));
        behaviour.set("stall");

        StoreDeadline turn = Deadlines.of(600);
        AwsCredentials kept = provider.credentials(turn);

        assertThat(kept.accessKeyId()).isEqualTo("ASIA1");
        assertThat(turn.remainingMillis()).as("time left for the store call itself").isPositive();
    }

    @Test
    void credentialsAreNeverUsedOnceExpiredWhenRenewalFails() throws Exception {
        CredentialsProvider provider = provider(endpointEnv());
        provider.credentials(Deadlines.generous());
        behaviour.set("fail");
        clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> provider.credentials(Deadlines.generous()))
                .isInstanceOfSatisfying(ProgressStoreException.class, e -> assertThat(e.errorType()).isEqualTo("CredentialsHttp500"));
    }

    @Test
    void credentialsHandedOutAlreadyExpiredAreRefused() throws Exception {
        lifetime.set(Duration.ofMinutes(-1));
        CredentialsProvider provider = provider(endpointEnv());

        assertThatThrownBy(() -> provider.credentials(Deadlines.generous()))
                .isInstanceOfSatisfying(ProgressStoreException.class, e -> assertThat(e.errorType()).isEqualTo("ExpiredCredentials"));
    }

    @Test
    void anEndpointThatIsDownIsATransientFailure() {
        // Port 1 on loopback: nothing listens there, and no other process can take it over between tests.
        Map<String, String> env = Map.of(AwsEnvironment.CONTAINER_CREDENTIALS_FULL_URI, "http://127.0.0.1:1/2021-04-23/credentials",
                AwsEnvironment.CONTAINER_AUTHORIZATION_TOKEN, "container-token");

        assertThatThrownBy(() -> provider(env).credentials(Deadlines.generous())).isInstanceOf(TransientFailure.class);
    }

    @Test
    void environmentCredentialsAreReadAtCallTime() {
        CredentialsProvider provider = provider(Map.of(AwsEnvironment.ACCESS_KEY_ID, "AKID", AwsEnvironment.SECRET_ACCESS_KEY, "s"));

        assertThat(provider.credentials(Deadlines.generous())).isEqualTo(new AwsCredentials("AKID", "s", null));
        assertThatThrownBy(() -> provider(Map.of()).credentials(Deadlines.generous()))
                .isInstanceOfSatisfying(ProgressStoreException.class, e -> assertThat(e.errorType()).isEqualTo("NoCredentials"));
    }
}
