package com.trunkreleasehelper.alexa;

import com.trunkreleasehelper.content.Guides;
import com.fasterxml.jackson.databind.JsonNode;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.LogLines;
import com.trunkreleasehelper.testing.Handlers;
import com.trunkreleasehelper.testing.ProjectFiles;
import com.trunkreleasehelper.testing.SkillDriver;
import com.trunkreleasehelper.testing.StrictUtterances;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Each locale's interaction model against certification rules and against the code that handles it. */
class InteractionModelTest {

    private static final Set<String> REQUIRED_BUILT_INS = Set.of(ModelIntent.CANCEL.intentName(), ModelIntent.HELP.intentName(),
            ModelIntent.STOP.intentName(), ModelIntent.NAVIGATE_HOME.intentName(), ModelIntent.FALLBACK.intentName());
    private static final Set<String> FORBIDDEN_INVOCATION_WORDS = Set.of("alexa", "amazon", "echo", "skill", "app",
            "launch", "ask", "tell", "open", "load", "begin", "enable", "start", "play", "run", "use");
    private static final int MIN_URGENT_SAMPLES = 20;

    static List<String> locales() {
        return new Guides().supportedLocales();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void invocationNamePassesCertificationRules(String locale) {
        String name = model(locale).get("invocationName").asText();

        assertThat(name).matches("[a-z][a-z' .]*[a-z]");
        assertThat(name.split(" ")).hasSizeGreaterThanOrEqualTo(2).doesNotContainAnyElementsOf(FORBIDDEN_INVOCATION_WORDS);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void declaresEveryIntentTheCodeHandlesAndNoOther(String locale) {
        assertThat(intentNames(locale)).containsExactlyInAnyOrderElementsOf(handledIntents());
        assertThat(intentNames(locale)).containsAll(REQUIRED_BUILT_INS);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyIntentInTheModelReachesItsHandler(String locale) {
        for (String intent : intentNames(locale)) {
            LogLines logs = new LogLines();
            AlexaResponse r = new SkillDriver(Handlers.forEnvironment(Map.of(), logs), locale).say(intent);

            assertThat(logs.events("unknown_intent")).as(intent).isEmpty();
            assertThat(r.speech()).as(intent).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void noSampleBelongsToTwoIntents(String locale) {
        Map<String, String> owner = new HashMap<>();
        for (JsonNode intent : model(locale).get("intents")) {
            for (JsonNode sample : intent.path("samples")) {
                String key = sample.asText().toLowerCase().replaceAll("\\s+", " ").trim();
                String previous = owner.put(key, intent.get("name").asText());
                assertThat(previous).as("\"" + key + "\" appears twice").isNull();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void aSampleWithoutSlotsIsNoOtherIntentsSampleWithSlotsFilled(String locale) {
        StrictUtterances strict = StrictUtterances.forLocale(locale);
        List<String> ambiguous = new ArrayList<>();
        for (JsonNode intent : model(locale).get("intents")) {
            for (JsonNode sample : intent.path("samples")) {
                if (!sample.asText().contains("{") && !(strict.resolve(sample.asText()) instanceof StrictUtterances.Understood)) {
                    ambiguous.add(intent.get("name").asText() + ": " + sample.asText());
                }
            }
        }
        assertThat(ambiguous).as("said as written, these match more than one intent").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void samplesUseOnlyWordsAndDeclaredSlots(String locale) {
        for (JsonNode intent : model(locale).get("intents")) {
            Set<String> slots = StreamSupport.stream(intent.path("slots").spliterator(), false)
                    .map(s -> s.get("name").asText()).collect(Collectors.toSet());
            for (JsonNode sample : intent.path("samples")) {
                String text = sample.asText();
                assertThat(text).as(intent.get("name").asText()).matches("[\\p{Ll}\\p{M}' .{}A-Za-z_]+");
                assertThat(text).doesNotContainPattern("\\d");
                Matcher m = Pattern.compile("\\{(\\w+)}").matcher(text);
                while (m.find()) {
                    assertThat(slots).as(text).contains(m.group(1));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void callHelpAndEmergencyHaveManyNaturalPhrasings(String locale) {
        assertThat(samples(locale, ModelIntent.CALL_HELP.intentName())).hasSizeGreaterThanOrEqualTo(MIN_URGENT_SAMPLES);
        assertThat(samples(locale, ModelIntent.EMERGENCY.intentName())).hasSizeGreaterThanOrEqualTo(MIN_URGENT_SAMPLES);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void goToStepTakesANumberSlot(String locale) {
        JsonNode intent = intent(locale, ModelIntent.GO_TO_STEP.intentName());

        assertThat(intent.get("slots").get(0).get("name").asText()).isEqualTo(ModelIntent.GO_TO_STEP.slot().orElseThrow());
        assertThat(intent.get("slots").get(0).get("type").asText()).isEqualTo("AMAZON.NUMBER");
        assertThat(samples(locale, ModelIntent.GO_TO_STEP.intentName())).allMatch(s -> s.contains("{" + ModelIntent.GO_TO_STEP.slot().orElseThrow() + "}"));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void intentAndSlotNamesAreLettersAndUnderscores(String locale) {
        for (String name : intentNames(locale)) {
            assertThat(name.replaceFirst("^AMAZON\\.", "")).matches("[A-Za-z_]+");
        }
    }

    /** The intents dispatch serves: the rows of the intent table. */
    static Set<String> handledIntents() {
        return Arrays.stream(ModelIntent.values()).map(ModelIntent::intentName).collect(Collectors.toSet());
    }

    private static JsonNode model(String locale) {
        return ProjectFiles.json(ProjectFiles.interactionModel(locale)).get("interactionModel").get("languageModel");
    }

    private static Set<String> intentNames(String locale) {
        return StreamSupport.stream(model(locale).get("intents").spliterator(), false)
                .map(i -> i.get("name").asText()).collect(Collectors.toSet());
    }

    private static JsonNode intent(String locale, String name) {
        return StreamSupport.stream(model(locale).get("intents").spliterator(), false)
                .filter(i -> name.equals(i.get("name").asText())).findFirst().orElseThrow();
    }

    private static List<String> samples(String locale, String name) {
        return StreamSupport.stream(intent(locale, name).path("samples").spliterator(), false)
                .map(JsonNode::asText).toList();
    }
}
