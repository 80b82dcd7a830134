package com.trunkreleasehelper.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.alexa.IntentNames;
import com.trunkreleasehelper.conversation.StateCodec;
import com.trunkreleasehelper.local.Envelopes;
import com.trunkreleasehelper.local.LocalSession;
import com.trunkreleasehelper.testing.LogCapture;
import com.trunkreleasehelper.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every kind of conversation with logs captured, and fails on any secret or identifier in them:
 * the access token, user, device, session or request IDs, or an echoed envelope.
 */
class LogPrivacyTest {

    private static final JsonNode TEMPLATE = Envelopes.resource("requests/intent-request.json");

    @Test
    void noTokenOrIdentifierIsEverLogged() throws IOException {
        String log = LogCapture.capture(LogPrivacyTest::everyKindOfConversation).log();

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

    private static Void everyKindOfConversation() {
        TrunkReleaseHelperHandler handler = TrunkReleaseHelperHandler.forSkillId(null);
        for (String locale : List.of("en-US", "en-GB", "es-US", "de-DE")) {
            LocalSession session = new LocalSession(handler, locale);
            session.send(Envelopes.launch());
            for (String intent : List.of(IntentNames.YES, IntentNames.NO, IntentNames.CALL_HELP, IntentNames.YES,
                    IntentNames.EMERGENCY, "NoSuchIntent", IntentNames.FALLBACK, IntentNames.STOP)) {
                session.send(Envelopes.intent(intent, Map.of()));
            }
            session.send(Envelopes.sessionEnded("USER_INITIATED"));
        }
        for (Path event : events()) {
            LocalSession.invoke(handler, ProjectFiles.json(event));
        }
        LocalSession.invoke(handler, Envelopes.resource("requests/exception-encountered.json"));
        rejected(handler, Envelopes.launch().toString().substring(0, 200));
        rejected(TrunkReleaseHelperHandler.forSkillId("amzn1.ask.skill.other"), Envelopes.launch().toString());
        LocalSession damaged = new LocalSession(handler, "en-US");
        damaged.send(Envelopes.launch());
        LocalSession.invoke(handler, Envelopes.withAttributes(Envelopes.intent(IntentNames.NEXT, Map.of()),
                Envelopes.JSON.createObjectNode().put(StateCodec.ATTRIBUTE, "damaged")));
        return null;
    }

    private static void rejected(TrunkReleaseHelperHandler handler, String body) {
        try {
            LocalSession.invokeRaw(handler, body.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException expected) {
            // Rejection is the point; only its log line matters here.
        }
    }

    private static List<Path> events() {
        try (Stream<Path> files = Files.list(ProjectFiles.root().resolve("lambda").resolve("events"))) {
            return files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("env.json")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
