package com.trunkreleasehelper.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.alexa.ModelIntent;
import com.trunkreleasehelper.testing.Envelopes;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.ResponseChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The function under AWS's own Lambda Java runtime interface client (2.10.1), started as Lambda starts it
 * ({@link LambdaProcess}) over a {@code /var/task}-style layout, behind a Runtime API stand-in: a whole
 * conversation, a rejected request, and the SnapStart start with priming through the runtime's CRaC bridge.
 */
class RuntimeInterfaceClientTest {

    private static final String OWN_SKILL_ID = "amzn1.ask.skill.11111111-2222-3333-4444-555555555555";
    /** Loaded only when a turn renders the step screen for a device with APL, never by starting up. */
    private static final String LOADED_BY_A_SCREEN_TURN = "com.trunkreleasehelper.alexa.StepScreen$Document";
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** The JVM's own note on standard error (Lambda's log shows it too); neither the runtime's nor the function's. */
    private static final String JVM_NOTE = "(?m)^Picked up JAVA_TOOL_OPTIONS: .*\\R";

    @TempDir
    Path temp;

    @Test
    void aWholeConversationIsAnsweredThroughTheRuntimeApi() throws Exception {
        try (LambdaProcess lambda = LambdaProcess.start(temp, LambdaProcess.Init.ON_DEMAND, Map.of(), List.of())) {
            List<AlexaResponse> said = new ArrayList<>();
            JsonNode attributes = null;
            for (ObjectNode request : List.of(Envelopes.newSession(Envelopes.launch()),
                    Envelopes.intent(ModelIntent.YES.intentName(), Map.of()), Envelopes.intent(ModelIntent.YES.intentName(), Map.of()),
                    Envelopes.intent(ModelIntent.CALL_HELP.intentName(), Map.of()), Envelopes.intent(ModelIntent.STOP.intentName(), Map.of()))) {
                if (attributes != null) {
                    Envelopes.withAttributes(request, attributes);
                }
                RuntimeApiStandIn.Outcome outcome = lambda.invoke(request.toString().getBytes());
                assertThat(outcome.failed()).as(outcome.text() + "\n" + lambda.output()).isFalse();
                AlexaResponse response = new AlexaResponse(Envelopes.JSON.readTree(outcome.body()));
                ResponseChecks.assertValid(response);
                said.add(response);
                attributes = response.sessionAttributes();
            }

            assertThat(said.get(0).speech()).contains("Step 1");
            assertThat(said.get(1).speech()).isNotEqualTo(said.get(0).speech());
            assertThat(said.get(3).speech()).startsWith("If anyone is in danger, call 911 now. Otherwise, call roadside assistance");
            assertThat(said.get(4).sessionEnds()).isTrue();
            assertThat(functionLines(lambda)).hasSize(5).allMatch(line -> line.path("event").asText().equals("turn"));
        }
    }

    @Test
    void aRequestForAnotherSkillIsAUserExceptionWithTheFunctionsOneLogLineAndTheRuntimeServesOn() throws Exception {
        try (LambdaProcess lambda = LambdaProcess.start(temp, LambdaProcess.Init.ON_DEMAND, Map.of("SKILL_ID", OWN_SKILL_ID), List.of())) {
            RuntimeApiStandIn.Outcome rejected = lambda.invoke(Envelopes.newSession(Envelopes.launch()).toString().getBytes());

            assertThat(rejected.failed()).isTrue();
            assertThat(rejected.errorType()).isEqualTo("Runtime.UserException");
            JsonNode error = Envelopes.JSON.readTree(rejected.body());
            assertThat(error.path("errorType").asText()).isEqualTo("com.trunkreleasehelper.RejectedRequestException");
            assertThat(error.path("errorMessage").asText()).contains("another skill ID");
            List<JsonNode> lines = functionLines(lambda);
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0).path("event").asText()).isEqualTo("request_rejected");
            assertThat(lines.get(0).path("reason").asText()).isEqualTo("wrong_skill_id");
            assertThat(lambda.output()).doesNotContain("amzn1.ask.account.", "amzn1.ask.skill.00000000");

            RuntimeApiStandIn.Outcome answered = lambda.invoke(forSkill(Envelopes.newSession(Envelopes.launch()), OWN_SKILL_ID).toString().getBytes());
            assertThat(answered.failed()).as(answered.text()).isFalse();
        }
    }

    @Test
    void onTheSnapStartPathPrimingRunsThroughTheRuntimesCracBridgeBeforeTheCheckpointAndLogsNothing() throws Exception {
        Path classes = temp.resolve("classes.log");
        try (LambdaProcess lambda = LambdaProcess.start(temp, LambdaProcess.Init.SNAP_START, Map.of(), classLog(classes))) {
            lambda.awaitCheckpoint(WAIT);

            // The runtime waits in /restore/next (where Lambda snapshots it): look at it there.
            assertThat(Files.readString(classes)).as("a screen turn ran before the checkpoint").contains(LOADED_BY_A_SCREEN_TURN);
            assertThat(lambda.output().replaceAll(JVM_NOTE, "")).as("nothing logged up to the checkpoint").isEmpty();

            lambda.runtimeApi().restore();
            RuntimeApiStandIn.Outcome answered = lambda.invoke(Envelopes.newSession(Envelopes.launch()).toString().getBytes());

            assertThat(answered.failed()).as(answered.text() + "\n" + lambda.output()).isFalse();
            assertThat(lambda.runtimeApi().reports()).as("no init or restore error").isEmpty();
            assertThat(functionLines(lambda)).hasSize(1);
        }
    }

    @Test
    void anOnDemandStartTakesNoCheckpointAndPrimesNothing() throws Exception {
        Path classes = temp.resolve("classes.log");
        try (LambdaProcess lambda = LambdaProcess.start(temp, LambdaProcess.Init.ON_DEMAND, Map.of(), classLog(classes))) {
            lambda.runtimeApi().awaitFirstPoll(WAIT);

            assertThat(lambda.runtimeApi().reachedCheckpoint()).isFalse();
            assertThat(Files.readString(classes)).contains("com.trunkreleasehelper.TrunkReleaseHelperHandler")
                    .doesNotContain(LOADED_BY_A_SCREEN_TURN);
        }
    }

    /** A JVM option that writes each class the JVM loads to a file as it loads it. */
    private static List<String> classLog(Path file) {
        return List.of("-Xlog:class+load=info:file=" + file);
    }

    /** The function's own log lines (JSON objects with an event), apart from anything the runtime writes. */
    private static List<JsonNode> functionLines(LambdaProcess lambda) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : lambda.output().split("\n")) {
            if (line.startsWith("{")) {
                JsonNode json = Envelopes.JSON.readTree(line);
                if (json.has("event")) {
                    lines.add(json);
                }
            }
        }
        return lines;
    }

    private static ObjectNode forSkill(ObjectNode envelope, String skillId) {
        ((ObjectNode) envelope.path("session").path("application")).put("applicationId", skillId);
        ((ObjectNode) envelope.path("context").path("System").path("application")).put("applicationId", skillId);
        return envelope;
    }
}
