package com.trunkreleasehelper;

import com.trunkreleasehelper.alexa.ModelIntent;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.progress.aws.AwsEnvironment;
import com.trunkreleasehelper.progress.aws.ScriptedHttpServer;
import com.trunkreleasehelper.testing.Handlers;
import com.trunkreleasehelper.testing.LogLines;
import com.trunkreleasehelper.testing.SkillDriver;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class SnapStartPrimingTest {

    private static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
    /** A launch and every intent of the table, voice-only and with a screen; then five other request types. */
    private static final int REQUESTS_PER_LOCALE = 2 * (1 + ModelIntent.values().length) + 5;

    private final Guides guides = new Guides();
    private final LogLines logs = new LogLines();

    @Test
    void primingAnswersEveryRequestInEveryLocale() {
        SnapStartPriming priming = SnapStartPriming.forEnvironment(guides, Map.of(), logs.log());

        assertThat(priming.prime()).isEqualTo(REQUESTS_PER_LOCALE * guides.supportedLocales().size());
    }

    @Test
    void primingIsAnsweredWhenTheFunctionOnlyAcceptsItsOwnSkillId() {
        SnapStartPriming priming = SnapStartPriming.forEnvironment(guides, Map.of(FunctionEnvironment.SKILL_ID, SKILL_ID), logs.log());

        assertThat(priming.prime()).isEqualTo(REQUESTS_PER_LOCALE * guides.supportedLocales().size());
    }

    @Test
    void primingWritesNothingToTheLog() {
        SnapStartPriming.forEnvironment(guides, Map.of(), logs.log()).beforeCheckpoint(null);

        assertThat(logs.lines()).isEmpty();
    }

    @Test
    void primingChangesNothingALaterRequestCouldSee() {
        List<String> before = conversation(Handlers.inMemory());

        SnapStartPriming.forEnvironment(guides, Map.of(), logs.log()).beforeCheckpoint(null);

        assertThat(conversation(Handlers.inMemory())).isEqualTo(before);
    }

    @Test
    void beforeTheCheckpointTheFunctionsOwnTableIsAskedOnceForAKeyNoDriverHas() throws Exception {
        List<ScriptedHttpServer.Request> calls = new CopyOnWriteArrayList<>();
        try (ScriptedHttpServer dynamoDb = ScriptedHttpServer.start((request, exchange) -> {
            calls.add(request);
            exchange.json(200, "{}");
        })) {
            Map<String, String> env = Map.of(FunctionEnvironment.PROGRESS_TABLE, "progress",
                    FunctionEnvironment.DYNAMODB_ENDPOINT, dynamoDb.url("/"),
                    AwsEnvironment.ACCESS_KEY_ID, "id", AwsEnvironment.SECRET_ACCESS_KEY, "secret");

            SnapStartPriming.forEnvironment(guides, env, logs.log()).beforeCheckpoint(null);

            assertThat(calls).singleElement().satisfies(call -> {
                assertThat(call.header("x-amz-target")).isEqualTo("DynamoDB_20120810.GetItem");
                assertThat(call.bodyText()).contains("\"TableName\":\"progress\"");
            });
            assertThat(logs.lines()).isEmpty();
        }
    }

    private static List<String> conversation(TrunkReleaseHelperHandler handler) {
        SkillDriver alexa = new SkillDriver(handler, "en-US");
        List<String> said = new ArrayList<>();
        said.add(alexa.launch().json().path("response").toString());
        for (ModelIntent intent : List.of(ModelIntent.YES, ModelIntent.NO, ModelIntent.CALL_HELP, ModelIntent.YES)) {
            said.add(alexa.say(intent.intentName()).json().path("response").toString() + alexa.attributes());
        }
        return said;
    }
}
