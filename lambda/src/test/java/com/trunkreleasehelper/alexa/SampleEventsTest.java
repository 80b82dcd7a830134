package com.trunkreleasehelper.alexa;

import com.trunkreleasehelper.testing.Handlers;
import com.fasterxml.jackson.databind.JsonNode;
import com.trunkreleasehelper.FunctionEnvironment;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.content.Guide;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.conversation.StateCodec;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.ProjectFiles;
import com.trunkreleasehelper.testing.ResponseChecks;
import com.trunkreleasehelper.testing.SkillDriver;
import com.amazon.ask.util.UserAgentUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every sample event in lambda/events (the files `sam local invoke -e` takes) answers as its name says. */
class SampleEventsTest {

    /** What each event's answer starts with; null means a silent answer. */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("launch", "This is Trunk Release Helper"),
            Map.entry("yes-it-opened", "Good, you're in"),
            Map.entry("no-try-the-next-step", "Step 4"),
            Map.entry("yes-it-is-urgent", "Then let's not lose time"),
            Map.entry("my-insulin-is-inside", "Then let's not lose time"),
            Map.entry("can-fulfill-start", ""),
            Map.entry("next", "Step 2"),
            Map.entry("repeat", "Step 5"),
            Map.entry("previous", "Step 3"),
            Map.entry("go-to-step", "Step 5"),
            Map.entry("call-help", "If anyone is in danger, call 911 now. Otherwise, call roadside assistance"),
            Map.entry("emergency", "Call 911 now"),
            Map.entry("one-shot-who-to-call", "If anyone is in danger, call 911 now. Otherwise, call roadside assistance"),
            Map.entry("stop", "Okay, goodbye"),
            Map.entry("session-ended", ""));

    private static final String SAMPLE_SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
    private final TrunkReleaseHelperHandler handler = Handlers.forSkillId(SAMPLE_SKILL_ID);

    static List<Path> events() {
        return ProjectFiles.sampleEvents();
    }

    @Test
    void theAnswerReportsTheUserAgentTheSdkWould() {
        AlexaResponse response = SkillDriver.invoke(handler, ProjectFiles.json(ProjectFiles.eventsFolder().resolve("launch.json")));

        assertThat(response.json().path("userAgent").asText()).isEqualTo(UserAgentUtils.getUserAgent("trunk-release-helper"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void everySampleEventAnswersAsItsNameSays(Path event) {
        String name = event.getFileName().toString().replace(".json", "");
        assertThat(EXPECTED).as("add an expectation for " + name).containsKey(name);

        AlexaResponse response = SkillDriver.invoke(handler, ProjectFiles.json(event));

        ResponseChecks.assertValid(response);
        assertThat(response.speech() == null ? "" : response.speech()).startsWith(EXPECTED.get(name));
    }

    @ParameterizedTest
    @MethodSource("events")
    void theStateAnEventCarriesIsWhatTheSkillWritesOnTheWayThere(Path event) {
        JsonNode carried = ProjectFiles.json(event).path("session").path("attributes");
        JsonNode state = carried.path(StateCodec.ATTRIBUTE);
        if (state.isMissingNode()) {
            return;
        }
        List<String> way = new ArrayList<>();
        state.path("history").forEach(id -> way.add(id.asText()));
        way.add(state.path("node").asText());
        Guide guide = new Guides().forLocale("en-US");
        SkillDriver alexa = new SkillDriver(handler, "en-US");
        AlexaResponse there = alexa.launch();
        for (int i = 1; i < way.size(); i++) {
            boolean yes = guide.node(way.get(i - 1)).yes().to().equals(way.get(i));
            there = alexa.say(yes ? ModelIntent.YES : ModelIntent.NO);
        }

        assertThat(carried).as("the session attributes of " + event.getFileName()).isEqualTo(there.sessionAttributes());
    }

    @Test
    void everyExpectationHasItsEventFile() {
        List<String> names = events().stream().map(p -> p.getFileName().toString().replace(".json", "")).toList();

        assertThat(names).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void theEnvFileOverridesOnlyVariablesTheTemplateDeclares() {
        JsonNode env = ProjectFiles.json(ProjectFiles.eventsFolder().resolve("env.json"));

        assertThat(env.get("TrunkReleaseHelperFunction").has(FunctionEnvironment.SKILL_ID)).isTrue();
    }

}
