package com.trunkreleasehelper.robustness;

import com.trunkreleasehelper.testing.Handlers;
import com.fasterxml.jackson.databind.JsonNode;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.alexa.ModelIntent;
import com.trunkreleasehelper.conversation.StateCodec;
import com.trunkreleasehelper.testing.Envelopes;
import com.trunkreleasehelper.testing.LocalSession;
import com.trunkreleasehelper.testing.LogLines;
import com.trunkreleasehelper.FunctionEnvironment;
import com.trunkreleasehelper.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every kind of conversation with logs captured, and fails on any secret or identifier in them:
 * the access token, user, device, session or request IDs, or an echoed envelope.
 */
class LogPrivacyTest {

    private static final JsonNode TEMPLATE = Envelopes.resource("requests/intent-request.json");

    @Test
    void noTokenOrIdentifierIsEverLogged() throws IOException {
        LogLines logs = new LogLines();
        everyKindOfConversation(logs);
        String log = logs.text();

        assertThat(log).isNotBlank();
        for (String secret : secrets()) {
            assertThat(log).as("the log must not contain " + secret).doesNotContain(secret);
        }
        assertThat(log).doesNotContain("apiAccessToken", "amzn1.ask.account", "amzn1.ask.device",
                "amzn1.echo-api", "\"session\"", "\"context\"");
        for (String line : log.strip().split("\\R")) {
            assertThat(Envelopes.JSON.readTree(line).isObject()).as("one JSON object per line: " + line).isTrue();
        }
    }

    private static List<String> secrets() {
        JsonNode system = TEMPLATE.get("context").get("System");
        return List.of(system.get("apiAccessToken").asText(), system.get("user").get("userId").asText(),
                system.get("device").get("deviceId").asText(), TEMPLATE.get("session").get("sessionId").asText(),
                TEMPLATE.get("request").get("requestId").asText());
    }

    private static void everyKindOfConversation(LogLines logs) {
        TrunkReleaseHelperHandler handler = Handlers.forEnvironment(Map.of(), logs);
        for (String locale : List.of("en-US", "en-GB", "es-US", "de-DE")) {
            LocalSession session = new LocalSession(handler, locale);
            session.send(Envelopes.launch());
            for (String intent : List.of(ModelIntent.YES.intentName(), ModelIntent.NO.intentName(), ModelIntent.CALL_HELP.intentName(), ModelIntent.YES.intentName(),
                    ModelIntent.EMERGENCY.intentName(), "NoSuchIntent", ModelIntent.FALLBACK.intentName(), ModelIntent.STOP.intentName())) {
                session.send(Envelopes.intent(intent, Map.of()));
            }
            session.send(Envelopes.sessionEnded("USER_INITIATED"));
        }
        for (Path event : ProjectFiles.sampleEvents()) {
            LocalSession.invoke(handler, ProjectFiles.json(event));
        }
        LocalSession.invoke(handler, Envelopes.resource("requests/exception-encountered.json"));
        rejected(handler, Envelopes.launch().toString().substring(0, 200));
        rejected(Handlers.forEnvironment(Map.of(FunctionEnvironment.SKILL_ID, "amzn1.ask.skill.other"), logs),
                Envelopes.launch().toString());
        LocalSession damaged = new LocalSession(handler, "en-US");
        damaged.send(Envelopes.launch());
        LocalSession.invoke(handler, Envelopes.withAttributes(Envelopes.intent(ModelIntent.NEXT.intentName(), Map.of()),
                Envelopes.JSON.createObjectNode().put(StateCodec.ATTRIBUTE, "damaged")));
    }

    private static void rejected(TrunkReleaseHelperHandler handler, String body) {
        try {
            LocalSession.invokeRaw(handler, body.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException expected) {
            // Rejection is the point; only its log line matters here.
        }
    }

}
