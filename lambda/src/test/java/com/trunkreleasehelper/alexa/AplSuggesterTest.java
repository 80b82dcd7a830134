package com.trunkreleasehelper.alexa;

import com.trunkreleasehelper.testing.Handlers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.testing.Envelopes;
import com.trunkreleasehelper.testing.LocalSession;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.NpmTool;
import com.trunkreleasehelper.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen the skill sends passes Amazon's apl-suggester (npm, pinned in scripts/test) with no errors
 * and no warnings: the RenderDocument directives the Lambda entry point returns, for every layout, every
 * kind of screen turn and every locale, each checked as document plus datasources.
 */
class AplSuggesterTest {

    private static final String SCRIPT = "lambda/src/test/node/apl-suggester.js";
    private final TrunkReleaseHelperHandler handler = Handlers.inMemory();

    @Test
    void everyLayoutAndEveryKindOfScreenTurnPassesAmazonsAplSuggester(@TempDir Path temp) throws Exception {
        Path modules = NpmTool.modules("apl-suggester");
        ArrayNode directives = Envelopes.JSON.createArrayNode();
        TreeSet<String> layouts = new TreeSet<>();
        for (String device : oneDevicePerLayout().values()) {
            for (String locale : InteractionModelTest.locales()) {
                for (Map.Entry<String, Function<LocalSession, JsonNode>> turn : turns(device).entrySet()) {
                    JsonNode apl = new AlexaResponse(turn.getValue().apply(new LocalSession(handler, locale))).aplDirective();
                    assertThat(apl).as(device + " " + locale + " " + turn.getKey()).isNotNull();
                    layouts.add(apl.path("datasources").path("step").path("layout").asText());
                    directives.addObject().put("name", device + " " + locale + " " + turn.getKey())
                            .<ObjectNode>set("document", apl.get("document")).set("datasources", apl.get("datasources"));
                }
            }
        }
        assertThat(layouts).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ViewportProfile.Layout.values()).map(ViewportProfile.Layout::datasourceValue).toList());

        JsonNode findings = suggest(modules, Files.writeString(temp.resolve("directives.json"), directives.toString()), temp);

        assertThat(findings).as(findings.toPrettyString()).isEmpty();
    }

    /** A device of the fixture for each layout, found by sending it a launch. */
    private Map<String, String> oneDevicePerLayout() {
        Map<String, String> devices = new LinkedHashMap<>();
        for (String device : Devices.withCurrentApl()) {
            JsonNode apl = new AlexaResponse(new LocalSession(handler, "en-US").send(Devices.as(device, Envelopes.launch()))).aplDirective();
            devices.putIfAbsent(apl.path("datasources").path("step").path("layout").asText(), device);
        }
        return devices;
    }

    /** Each kind of turn that shows a screen: a step, the emergency answer, the call-help answer, the end. */
    private static Map<String, Function<LocalSession, JsonNode>> turns(String device) {
        Map<String, Function<LocalSession, JsonNode>> turns = new LinkedHashMap<>();
        turns.put("step", s -> s.send(Devices.as(device, Envelopes.intent(ModelIntent.GO_TO_STEP.intentName(), Map.of(ModelIntent.GO_TO_STEP.slot().orElseThrow(), "4")))));
        turns.put("emergency", s -> s.send(Devices.as(device, Envelopes.intent(ModelIntent.EMERGENCY.intentName(), Map.of()))));
        turns.put("call help", s -> s.send(Devices.as(device, Envelopes.intent(ModelIntent.CALL_HELP.intentName(), Map.of()))));
        turns.put("done", s -> {
            s.send(Devices.as(device, Envelopes.intent(ModelIntent.GO_TO_STEP.intentName(), Map.of(ModelIntent.GO_TO_STEP.slot().orElseThrow(), "3"))));
            JsonNode done = s.send(Devices.as(device, Envelopes.intent(ModelIntent.YES.intentName(), Map.of())));
            assertThat(new AlexaResponse(done).sessionEnds()).as("the guide ends after a yes at step 3").isTrue();
            return done;
        });
        return turns;
    }

    private static JsonNode suggest(Path modules, Path directives, Path temp) throws Exception {
        Path out = temp.resolve("findings.json");
        Path err = temp.resolve("stderr.txt");
        ProcessBuilder node = new ProcessBuilder("node", ProjectFiles.root().resolve(SCRIPT).toString(), directives.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        node.environment().put("NODE_PATH", modules.toString());
        int status = node.start().waitFor();
        assertThat(status).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
        return Envelopes.JSON.readTree(out.toFile());
    }
}
