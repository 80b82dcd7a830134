package com.trunkreleasehelper.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.LogCapture;
import com.trunkreleasehelper.testing.ProjectFiles;
import com.trunkreleasehelper.testing.SkillDriver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
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

    private static final Set<String> REQUIRED_BUILT_INS = Set.of(IntentNames.CANCEL, IntentNames.HELP,
            IntentNames.STOP, IntentNames.NAVIGATE_HOME, IntentNames.FALLBACK);
    private static final Set<String> FORBIDDEN_INVOCATION_WORDS = Set.of("alexa", "amazon", "echo", "skill", "app",
            "launch", "ask", "tell", "open", "load", "begin", "enable", "start", "play", "run", "use");
    private static final int MIN_URGENT_SAMPLES = 20;

    static List<String> locales() {
        return SkillFactory.guides().supportedLocales();
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
            LogCapture.Captured<AlexaResponse> r = LogCapture.capture(() -> new SkillDriver(locale).say(intent));

            assertThat(r.log()).as(intent).doesNotContain("unknown_intent");
            assertThat(r.value().speech()).as(intent).isNotBlank();
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
        assertThat(samples(locale, IntentNames.CALL_HELP)).hasSizeGreaterThanOrEqualTo(MIN_URGENT_SAMPLES);
        assertThat(samples(locale, IntentNames.EMERGENCY)).hasSizeGreaterThanOrEqualTo(MIN_URGENT_SAMPLES);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void goToStepTakesANumberSlot(String locale) {
        JsonNode intent = intent(locale, IntentNames.GO_TO_STEP);

        assertThat(intent.get("slots").get(0).get("name").asText()).isEqualTo(IntentNames.STEP_NUMBER_SLOT);
        assertThat(intent.get("slots").get(0).get("type").asText()).isEqualTo("AMAZON.NUMBER");
        assertThat(samples(locale, IntentNames.GO_TO_STEP)).allMatch(s -> s.contains("{" + IntentNames.STEP_NUMBER_SLOT + "}"));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void intentAndSlotNamesAreLettersAndUnderscores(String locale) {
        for (String name : intentNames(locale)) {
            assertThat(name.replaceFirst("^AMAZON\\.", "")).matches("[A-Za-z_]+");
        }
    }

    /** Every intent name the code registers a handler for: the constants of {@link IntentNames}. */
    static Set<String> handledIntents() {
        Set<String> names = new HashSet<>();
        for (Field f : IntentNames.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && !f.getName().endsWith("_SLOT")) {
                try {
                    names.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
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
