package com.trunkreleasehelper.alexa;

import com.trunkreleasehelper.content.Guides;
import com.fasterxml.jackson.databind.JsonNode;
import com.trunkreleasehelper.testing.Envelopes;
import com.trunkreleasehelper.testing.ProjectFiles;
import com.trunkreleasehelper.testing.StrictUtterances;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each locale's custom slot types: values the engine can read by id in every locale, and no word or
 * phrase in two types, so that intents sharing a carrier phrase ("my {item} is in there", "my {person}
 * is in there") never match the same utterance.
 */
class SlotTypesTest {

    private static final String REFERENCE_LOCALE = "en-US";

    static List<String> locales() {
        return new Guides().supportedLocales();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyValueHasAnUpperSnakeIdAndTheSameIdsAsTheReferenceLocale(String locale) {
        for (JsonNode type : model(locale).path("types")) {
            Set<String> ids = ids(type);
            assertThat(ids).as(type.path("name").asText()).allMatch(id -> id.matches("[A-Z][A-Z0-9_]*"));
            assertThat(ids).as(locale + " " + type.path("name").asText())
                    .isEqualTo(ids(type(REFERENCE_LOCALE, type.path("name").asText())));
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void noWordOrPhraseBelongsToTwoSlotTypes(String locale) {
        Map<String, String> owner = new HashMap<>();
        for (JsonNode type : model(locale).path("types")) {
            for (JsonNode value : type.path("values")) {
                for (String phrase : phrases(value)) {
                    String previous = owner.putIfAbsent(StrictUtterances.normalize(phrase), type.path("name").asText());
                    assertThat(previous == null || previous.equals(type.path("name").asText()))
                            .as("\"%s\" is in %s and %s", phrase, previous, type.path("name").asText()).isTrue();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyCustomTypeIsUsedByASlotAndEverySlotTypeIsDeclaredOrBuiltIn(String locale) {
        Set<String> declared = new HashSet<>();
        model(locale).path("types").forEach(t -> declared.add(t.path("name").asText()));
        Set<String> used = new HashSet<>();
        for (JsonNode intent : model(locale).path("intents")) {
            intent.path("slots").forEach(s -> used.add(s.path("type").asText()));
        }
        assertThat(used).allMatch(t -> declared.contains(t) || t.startsWith("AMAZON."));
        assertThat(declared).allMatch(used::contains);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyTopicTheModelNamesIsOneTheGuideTellsAndNoOther(String locale) {
        Set<String> told = new TreeSet<>();
        Envelopes.resource("guide/shape.json").path("topics").fieldNames().forEachRemaining(told::add);

        assertThat(ids(type(locale, "STEP_TOPIC"))).isEqualTo(told);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyPhoneTheGuideKnowsIsADevice(String locale) {
        Set<String> phones = new TreeSet<>();
        Envelopes.resource("guide/shape.json").path("phones").forEach(id -> phones.add(id.asText()));

        assertThat(phones).isNotEmpty();
        assertThat(ids(type(locale, "DEVICE"))).containsAll(phones);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void slotPlaceholdersStandAsWholeWords(String locale) {
        for (JsonNode intent : model(locale).path("intents")) {
            for (JsonNode sample : intent.path("samples")) {
                assertThat(sample.asText()).doesNotContainPattern("[^ ]\\{|}[^ ]");
            }
        }
    }

    private static Set<String> ids(JsonNode type) {
        Set<String> ids = new TreeSet<>();
        type.path("values").forEach(v -> ids.add(v.path("id").asText()));
        return ids;
    }

    private static List<String> phrases(JsonNode value) {
        List<String> out = new ArrayList<>(List.of(value.path("name").path("value").asText()));
        value.path("name").path("synonyms").forEach(s -> out.add(s.asText()));
        return out;
    }

    private static JsonNode type(String locale, String name) {
        for (JsonNode type : model(locale).path("types")) {
            if (name.equals(type.path("name").asText())) {
                return type;
            }
        }
        throw new AssertionError(locale + " has no slot type " + name);
    }

    private static JsonNode model(String locale) {
        return ProjectFiles.json(ProjectFiles.interactionModel(locale)).path("interactionModel").path("languageModel");
    }
}
