package com.trunkreleasehelper.progress;

import com.trunkreleasehelper.testing.Handlers;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.alexa.ModelIntent;
import com.trunkreleasehelper.json.Json;
import com.trunkreleasehelper.progress.aws.AwsEnvironment;
import com.trunkreleasehelper.progress.aws.ScriptedHttpServer;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.LogLines;
import com.trunkreleasehelper.testing.SkillDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults of DynamoDB and of Lambda's credentials endpoint, met through the Lambda entry point by a driver
 * who saved step 4 in an earlier session. Whatever the fault, the launch is answered as usual — the
 * offer to pick up at step 4 when the store recovers within the turn's deadline, the ordinary welcome when
 * it does not — and the turn spends at most the deadline on the store. The turn's time is measured from
 * outside, with a margin for the rest of the turn on a busy machine; without the deadline these faults
 * take from 2 to over 30 seconds.
 */
class ProgressStoreFaultsTest {

    private final LogLines logs = new LogLines();

    private static final String USER_ID = "amzn1.ask.account.AEXAMPLEUSERIDNOTREAL000000000000000000000000";
    private static final String RESUME_OFFER = "Welcome back. You were on step 4";
    private static final String WELCOME = "This is Trunk Release Helper";
    /** The rest of a turn (engine, rendering, JSON) on a machine other builds share; the store gets the deadline. */
    private static final long TURN_MARGIN_MILLIS = 700;

    private static DynaliteServer dynalite;
    private FakeAws aws;
    private String table;

    private record Launch(String speech, long millis, List<String> log) {
    }

    @BeforeAll
    static void startDynalite() throws Exception {
        dynalite = DynaliteServer.start();
        // Loads the skill's classes, so no test's time includes this JVM's first turn.
        new SkillDriver().launch();
    }

    @AfterAll
    static void stopDynalite() {
        if (dynalite != null) {
            dynalite.close();
        }
    }

    @BeforeEach
    void aDriverSavedStepFourInAnEarlierSession() throws Exception {
        table = dynalite.createProgressTable();
        new DynamoDbProgressStore(dynalite.client(), table).save(UserKey.of(USER_ID),
                new SavedProgress("lockout", "en-US", Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS)),
                Deadlines.generous());
        aws = FakeAws.start(dynalite);
    }

    @AfterEach
    void stopAws() throws IOException {
        if (aws != null) {
            aws.close();
        }
    }

    private TrunkReleaseHelperHandler handler() {
        return Handlers.forEnvironment(aws.functionEnvironment(table), logs);
    }

    /** One launch: what the driver heard, how long it took, and the lines it logged besides the turn line. */
    private Launch launch(TrunkReleaseHelperHandler handler) {
        int logged = logs.lines().size();
        long start = System.nanoTime();
        AlexaResponse answer = new SkillDriver(handler, "en-US").launch();
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<String> lines = logs.lines();
        return new Launch(answer.speech(), millis, lines.subList(logged, lines.size()).stream()
                .filter(line -> !line.contains("\"event\":\"turn\"")).toList());
    }

    private static void assertWithinTheDeadline(Launch launch) {
        assertThat(launch.millis()).as("milliseconds the launch took")
                .isLessThanOrEqualTo(StoreDeadline.MAX_MILLIS + TURN_MARGIN_MILLIS);
    }

    private String savedStep() {
        Map<String, Object> get = Map.of("TableName", table,
                "Key", Map.of(DynamoDbProgressStore.KEY, Map.of("S", UserKey.of(USER_ID))));
        Map<String, Object> item = Json.object(dynalite.client().call("GetItem", get, Deadlines.generous()), "Item");
        return Json.text(Json.object(item, SavedProgress.STEP), "S");
    }

    @Test
    void withoutFaultsTheSavedStepIsOffered() {
        Launch launch = launch(handler());

        assertThat(launch.speech()).startsWith(RESUME_OFFER);
        assertThat(launch.log()).isEmpty();
        assertThat(aws.refusals()).isZero();
    }

    @Test
    void anAnswerDrippedByteByByteIsCutAtTheDeadline() {
        aws.failNextDynamoDb(FakeAws.drip(400));

        Launch launch = launch(handler());

        assertThat(launch.speech()).startsWith(WELCOME);
        assertWithinTheDeadline(launch);
        assertThat(launch.log()).singleElement().asString()
                .contains("\"event\":\"progress_store_failed\"", "\"error\":\"Timeout\"", "\"operation\":\"load\"");
    }

    @Test
    void aStoreThatNeverAnswersIsCutAtTheDeadline() {
        aws.failNextDynamoDb(FakeAws.stall(), FakeAws.stall());

        Launch launch = launch(handler());

        assertThat(launch.speech()).startsWith(WELCOME);
        assertWithinTheDeadline(launch);
        assertThat(launch.log()).singleElement().asString().contains("\"error\":\"Timeout\"");
        assertThat(aws.dynamoDbRequests()).as("the first try and one retry").isEqualTo(2);
    }

    @Test
    void oneSilentTryLeavesTimeForASecondThatFindsTheStep() {
        aws.failNextDynamoDb(FakeAws.stall());

        Launch launch = launch(handler());

        assertThat(launch.speech()).startsWith(RESUME_OFFER);
        assertWithinTheDeadline(launch);
    }

    @Test
    void aConnectionResetIsRetriedOnce() {
        aws.failNextDynamoDb(FakeAws.reset());

        Launch launch = launch(handler());

        assertThat(launch.speech()).startsWith(RESUME_OFFER);
        assertThat(launch.log()).isEmpty();
    }

    @Test
    void aServerErrorIsRetriedOnce() {
        aws.failNextDynamoDb(FakeAws.answer(500, "{\"__type\":\"com.amazon.coral.service#InternalFailure\"}"));

        assertThat(launch(handler()).speech()).startsWith(RESUME_OFFER);
    }

    @Test
    void serverErrorsThatPersistAreLoggedWithAwsTypeMessageRequestIdAndStatus() {
        ScriptedHttpServer.Script failure = FakeAws.answer(503,
                "{\"__type\":\"com.amazon.coral.availability#ServiceUnavailableException\",\"message\":\"Service unavailable, retry later.\"}");
        aws.failNextDynamoDb(failure, failure);

        Launch launch = launch(handler());

        assertThat(launch.speech()).startsWith(WELCOME);
        assertWithinTheDeadline(launch);
        assertThat(launch.log()).singleElement().asString().contains("\"error\":\"ServiceUnavailableException\"",
                "\"message\":\"Service unavailable, retry later.\"", "\"amznRequestId\":\"FAULT-503\"", "\"status\":503");
    }

    @Test
    void anErrorThatIsNotJsonIsLoggedWithItsHttpStatus() {
        ScriptedHttpServer.Script gateway = FakeAws.answer(502, "<html><body>Bad Gateway</body></html>");
        aws.failNextDynamoDb(gateway, gateway);

        Launch launch = launch(handler());

        assertThat(launch.speech()).startsWith(WELCOME);
        assertThat(launch.log()).singleElement().asString().contains("\"error\":\"HTTP502\"", "\"status\":502");
    }

    @Test
    void aMalformedAnswerIsLoggedAndNotRetried() {
        aws.failNextDynamoDb(FakeAws.answer(200, "{\"Item\": {\"step\": "));

        Launch launch = launch(handler());

        assertThat(launch.speech()).startsWith(WELCOME);
        assertThat(launch.log()).singleElement().asString().contains("\"error\":\"BadResponse\"", "\"status\":200");
        assertThat(aws.dynamoDbRequests()).as("GetItem once, not retried; then the launch's PutItem").isEqualTo(2);
    }

    @Test
    void aSingleThrottleDoesNotLoseTheSave() {
        TrunkReleaseHelperHandler handler = handler();
        SkillDriver driver = new SkillDriver(handler, "en-US");
        driver.launch();
        driver.say(ModelIntent.NO.intentName());
        driver.say(ModelIntent.YES.intentName());
        driver.say(ModelIntent.NO.intentName());
        String before = savedStep();
        aws.failNextDynamoDb(FakeAws.throttle());

        AlexaResponse step4 = driver.say(ModelIntent.NO.intentName());

        assertThat(before).isNotEqualTo("lockout");
        assertThat(step4.speech()).startsWith("Step 4");
        assertThat(logs.text()).doesNotContain("progress_store_failed");
        assertThat(savedStep()).isEqualTo("lockout");
    }

    @Test
    void aCredentialsEndpointThatIsDownCostsNoMoreThanTheDeadline() throws Exception {
        Map<String, String> env = aws.functionEnvironment(table);
        try (ServerSocket closed = new ServerSocket(0)) {
            env.put(AwsEnvironment.CONTAINER_CREDENTIALS_FULL_URI, "http://127.0.0.1:" + closed.getLocalPort() + FakeAws.CREDENTIALS_PATH);
        }

        Launch launch = launch(Handlers.forEnvironment(env, logs));

        assertThat(launch.speech()).startsWith(WELCOME);
        assertWithinTheDeadline(launch);
        assertThat(launch.log()).singleElement().asString().contains("\"error\":\"ConnectionFailed\"");
        assertThat(aws.dynamoDbRequests()).isZero();
    }

    @Test
    void slowCredentialsAndASilentStoreShareOneDeadline() {
        aws.failNextCredentials(aws.slow(450));
        aws.failNextDynamoDb(FakeAws.stall(), FakeAws.stall());

        Launch launch = launch(handler());

        assertThat(launch.speech()).startsWith(WELCOME);
        assertWithinTheDeadline(launch);
        assertThat(launch.log()).singleElement().asString().contains("\"error\":\"Timeout\"");
    }

    @Test
    void aFailedEarlyRenewalKeepsTheCredentialsThatStillWork() {
        // Handed out inside the 5-minute refresh window, so the next launch tries to renew them early.
        aws.credentialsLast(Duration.ofMinutes(4));
        TrunkReleaseHelperHandler handler = handler();
        assertThat(launch(handler).speech()).startsWith(RESUME_OFFER);
        aws.failNextCredentials(FakeAws.answer(500, "unavailable"));

        Launch launch = launch(handler);

        assertThat(launch.speech()).startsWith(RESUME_OFFER);
        assertThat(aws.credentialRequests()).as("the first fetch and the failed renewal").isEqualTo(2);
        assertThat(launch.log()).singleElement().asString()
                .contains("\"event\":\"credentials_refresh_failed\"", "\"error\":\"CredentialsHttp500\"");
        assertThat(aws.refusals()).isZero();
    }

    @Test
    void expiredCredentialsAreNeverUsed() {
        aws.credentialsLast(Duration.ofMinutes(-1));

        Launch launch = launch(handler());

        assertThat(launch.speech()).startsWith(WELCOME);
        assertThat(launch.log()).singleElement().asString().contains("\"error\":\"ExpiredCredentials\"");
        assertThat(aws.dynamoDbRequests()).isZero();
    }

    @Test
    void aClockTwentyMinutesBehindAwsIsCorrectedFromTheServersDate() {
        aws.runClockAhead(Duration.ofMinutes(20));
        TrunkReleaseHelperHandler handler = handler();

        Launch launch = launch(handler);
        SkillDriver driver = new SkillDriver(handler, "en-US");
        driver.launchAndSay(ModelIntent.NO, ModelIntent.YES);

        assertThat(launch.speech()).startsWith(RESUME_OFFER);
        assertThat(launch.log()).isEmpty();
        assertThat(aws.refusals()).as("only the first request, before the clock was corrected").isEqualTo(1);
        assertThat(savedStep()).isNotEqualTo("lockout");
    }

    @Test
    void anEndpointWrittenWithItsDefaultPortIsSignedAsSent() throws Exception {
        aws.close();
        try {
            aws = FakeAws.start(dynalite, 80);
        } catch (BindException | SecurityException e) {
            aws = null;
            Assumptions.abort("port 80 cannot be bound here (" + e.getMessage() + "); DeadlineHttpClientTest covers the host header");
        }
        assertThat(aws.url("/")).isEqualTo("http://127.0.0.1:80/");

        Launch launch = launch(handler());

        assertThat(launch.speech()).startsWith(RESUME_OFFER);
        assertThat(aws.refusals()).isZero();
    }
}
