package com.trunkreleasehelper.progress;

import com.trunkreleasehelper.testing.Handlers;
import com.trunkreleasehelper.FunctionEnvironment;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.alexa.ModelIntent;
import com.trunkreleasehelper.json.Json;
import com.trunkreleasehelper.testing.SkillDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Progress in a real DynamoDB-compatible server (dynalite), with the table made from template.yaml's definition. */
class DynamoDbProgressStoreTest extends ProgressStoreContract {

    private static final String USER_ID = "amzn1.ask.account.AEXAMPLEUSERIDNOTREAL000000000000000000000000";
    private static DynaliteServer dynalite;

    private String table;

    @BeforeAll
    static void startDynalite() throws Exception {
        dynalite = DynaliteServer.start();
    }

    @AfterAll
    static void stopDynalite() {
        if (dynalite != null) {
            dynalite.close();
        }
    }

    @Override
    ProgressStore emptyStore() throws Exception {
        table = dynalite.createProgressTable();
        return new DynamoDbProgressStore(dynalite.client(), table);
    }

    private Map<String, Object> item(String userKey) {
        Map<String, Object> get = Map.of("TableName", table, "Key", Map.of(DynamoDbProgressStore.KEY, Map.of("S", userKey)));
        return Json.object(dynalite.client().call("GetItem", get, Deadlines.generous()), "Item");
    }

    @Test
    void writesTheTtlAttribute24HoursAfterSaving() throws Exception {
        ProgressStore store = emptyStore();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        store.save("user-a", new SavedProgress("key", "en-GB", now), Deadlines.generous());

        Map<String, Object> item = item("user-a");
        assertThat(Long.parseLong(Json.text(Json.object(item, DynamoDbProgressStore.EXPIRES_AT), "N")))
                .isEqualTo(now.plus(SavedProgress.LIFETIME).getEpochSecond());
        assertThat(item.keySet()).containsExactlyInAnyOrder("userKey", "step", "locale", "savedAt", "expiresAt");
    }

    @Test
    void anItemWithoutAUsableTimeIsABadItem() throws Exception {
        ProgressStore store = emptyStore();
        Map<String, Object> item = Map.of(DynamoDbProgressStore.KEY, Map.of("S", "user-a"),
                SavedProgress.STEP, Map.of("S", "key"), SavedProgress.SAVED_AT, Map.of("S", "yesterday"));
        dynalite.client().call("PutItem", Map.of("TableName", table, "Item", item), Deadlines.generous());

        assertThatThrownBy(() -> store.load("user-a", Deadlines.generous()))
                .isInstanceOfSatisfying(ProgressStoreException.class, e -> assertThat(e.errorType()).isEqualTo("BadItem"));
    }

    @Test
    void theDeployedConfigurationKeepsTheStepInTheTableAndFinishingDeletesIt() throws Exception {
        ProgressStore store = emptyStore();
        Map<String, String> env = new HashMap<>(DynaliteServer.CREDENTIALS);
        env.put(FunctionEnvironment.PROGRESS_TABLE, table);
        env.put(FunctionEnvironment.DYNAMODB_ENDPOINT, dynalite.endpoint());
        TrunkReleaseHelperHandler handler = Handlers.forEnvironment(env);

        SkillDriver.stopAtStepFour(handler);
        assertThat(store.load(UserKey.of(USER_ID), Deadlines.generous())).map(SavedProgress::step).contains("lockout");

        SkillDriver again = new SkillDriver(handler, "en-US");
        assertThat(again.launch().speech()).startsWith("Welcome back. You were on step 4");
        again.say(ModelIntent.YES.intentName());
        again.say(ModelIntent.YES.intentName());
        assertThat(item(UserKey.of(USER_ID))).isNull();
    }
}
