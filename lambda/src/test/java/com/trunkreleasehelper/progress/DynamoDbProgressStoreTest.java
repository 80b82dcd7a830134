package com.trunkreleasehelper.progress;

import com.trunkreleasehelper.testing.Handlers;
import com.fasterxml.jackson.databind.JsonNode;
import com.trunkreleasehelper.json.Json;
import com.trunkreleasehelper.FunctionEnvironment;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.alexa.ModelIntent;
import com.trunkreleasehelper.testing.Envelopes;
import com.trunkreleasehelper.local.SamTemplate;
import com.trunkreleasehelper.progress.aws.DynamoDbHttpClient;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.ProjectFiles;
import com.trunkreleasehelper.testing.SkillDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress in a real DynamoDB-compatible server, with the table made from template.yaml's definition. */
class DynamoDbProgressStoreTest {

    private static final String USER_ID = "amzn1.ask.account.AEXAMPLEUSERIDNOTREAL000000000000000000000000";
    private static DynaliteServer dynalite;
    private static Map<String, String> env;
    private static DynamoDbHttpClient client;

    private String table;
    private DynamoDbProgressStore store;

    @BeforeAll
    static void startDynalite() throws Exception {
        dynalite = DynaliteServer.start();
        env = Map.of("AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local");
        client = DynamoDbHttpClient.fromEnvironment(env, dynalite.endpoint());
    }

    @AfterAll
    static void stopDynalite() {
        if (dynalite != null) {
            dynalite.close();
        }
    }

    @BeforeEach
    void createTableFromTheTemplate() throws Exception {
        table = "progress-" + UUID.randomUUID();
        JsonNode definition = SamTemplate.read(ProjectFiles.root().resolve("template.yaml")).resource("ProgressTable");
        Map<String, Object> create = new java.util.LinkedHashMap<>();
        create.put("TableName", table);
        create.put("AttributeDefinitions", Envelopes.JSON.convertValue(definition.get("AttributeDefinitions"), List.class));
        create.put("KeySchema", Envelopes.JSON.convertValue(definition.get("KeySchema"), List.class));
        create.put("BillingMode", definition.get("BillingMode").asText());
        client.call("CreateTable", create, 5_000);
        awaitActive();
        store = new DynamoDbProgressStore(client, table);
    }

    private void awaitActive() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Map<String, Object> table = Json.object(client.call("DescribeTable", Map.of("TableName", this.table), 5_000), "Table");
            if ("ACTIVE".equals(Json.text(table, "TableStatus"))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("table never became active");
    }

    private static SavedProgress at(String step, Instant time) {
        return new SavedProgress(step, "en-GB", time.truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void savesLoadsAndOverwrites() {
        Instant now = Instant.now();
        store.save("user-a", at("key", now), 2_000);
        store.save("user-a", at("lockout", now), 2_000);

        assertThat(store.load("user-a", 2_000)).contains(at("lockout", now));
    }

    @Test
    void writesTheTtlAttribute24HoursAfterSaving() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        store.save("user-a", at("key", now), 2_000);

        Map<String, Object> get = Map.of("TableName", table,
                "Key", Map.of(DynamoDbProgressStore.KEY, Map.of("S", "user-a")));
        Map<String, Object> item = Json.object(client.call("GetItem", get, 2_000), "Item");

        assertThat(Long.parseLong(Json.text(Json.object(item, DynamoDbProgressStore.EXPIRES_AT), "N")))
                .isEqualTo(now.plus(SavedProgress.LIFETIME).getEpochSecond());
        assertThat(item.keySet()).containsExactlyInAnyOrder("userKey", "step", "locale", "savedAt", "expiresAt");
    }

    @Test
    void clearRemovesTheProgress() {
        store.save("user-a", at("key", Instant.now()), 2_000);
        store.clear("user-a", 2_000);

        assertThat(store.load("user-a", 2_000)).isEmpty();
    }

    @Test
    void twoUsersNeverSeeEachOthersProgress() {
        store.save("user-a", at("key", Instant.now()), 2_000);

        assertThat(store.load("user-b", 2_000)).isEmpty();
    }

    @Test
    void aConversationThatStopsAtStepFourResumesThereInANewSession() {
        TrunkReleaseHelperHandler handler = handler();
        AlexaResponse step4 = SkillDriver.stopAtStepFour(handler);

        SkillDriver again = new SkillDriver(handler, "en-US");
        assertThat(again.launch().speech()).startsWith("Welcome back. You were on step 4");
        assertThat(again.say(ModelIntent.YES.intentName()).speech()).isEqualTo(step4.speech());
        assertThat(store.load(UserKey.of(USER_ID), 2_000)).map(SavedProgress::step).contains("lockout");
    }

    @Test
    void progressPastItsTtlIsNotOffered() {
        store.save(UserKey.of(USER_ID), at("lockout", Instant.now().minus(25, ChronoUnit.HOURS)), 2_000);

        assertThat(new SkillDriver(handler(), "en-US").launch().speech()).startsWith("This is Trunk Release Helper");
    }

    @Test
    void finishingTheGuideClearsTheItem() {
        new SkillDriver(handler(), "en-US").launchAndSay(ModelIntent.YES, ModelIntent.NO, ModelIntent.YES);

        assertThat(store.load(UserKey.of(USER_ID), 2_000)).isEmpty();
    }

    private TrunkReleaseHelperHandler handler() {
        Map<String, String> functionEnv = new java.util.HashMap<>(env);
        functionEnv.put(FunctionEnvironment.PROGRESS_TABLE, table);
        functionEnv.put(FunctionEnvironment.DYNAMODB_ENDPOINT, dynalite.endpoint());
        return Handlers.forEnvironment(functionEnv);
    }
}
