package com.trunkreleasehelper.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.trunkreleasehelper.alexa.ModelIntent;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.Envelopes;
import com.trunkreleasehelper.testing.IntentEnvelope;
import com.trunkreleasehelper.testing.ProjectFiles;
import com.trunkreleasehelper.testing.SkillDriver;
import com.trunkreleasehelper.testing.StrictUtterances;
import com.trunkreleasehelper.testing.StrictUtterances.Understood;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An urgent item someone may need this minute (the guide shape's {@code rescueItems}: an EpiPen, an
 * inhaler, oxygen, heart or seizure medication) is answered with the locale's emergency number first, whichever of its words the
 * driver uses; every other urgent item is answered as before. Each word is resolved strictly through the
 * locale's model and sent as Alexa sends it, with entity resolution, through the Lambda entry point.
 */
class RescueItemsTest {

    private static final String ITEM_TYPE = "URGENT_ITEM";
    private static final Set<String> RESCUE_ITEMS = rescueItems();

    static List<String> locales() {
        return new Guides().supportedLocales();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyRescueItemIsAnUrgentItemOfTheModel(String locale) {
        assertThat(RESCUE_ITEMS).isNotEmpty();
        assertThat(words(locale).stream().map(Word::id).toList()).containsAll(RESCUE_ITEMS);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void aRescueItemLeadsWithTheEmergencyNumberAtStepsOneAndTwoAndOnceSafeAfterStepOneAndNoOtherItemDoes(String locale) {
        StrictUtterances model = StrictUtterances.forLocale(locale);
        for (Word word : words(locale)) {
            Understood heard = (Understood) model.resolve(word.said());
            assertThat(heard.intent()).as(word.said()).isEqualTo(ModelIntent.URGENT_ITEM.intentName());
            for (boolean atStepTwo : new boolean[]{false, true}) {
                SkillDriver alexa = new SkillDriver(locale);
                alexa.launch();
                if (atStepTwo) {
                    alexa.say(ModelIntent.YES);
                }
                AlexaResponse answer = alexa.send(IntentEnvelope.of(heard));
                assertNumberLeadsExactlyForRescueItems(locale, word, answer);
                assertThat(answer.node()).isEqualTo(atStepTwo ? "proHelp" : "safe");
                if (!atStepTwo) {
                    // Named at step 1, the item answers step 2: once safe, the driver is not asked again.
                    AlexaResponse safe = alexa.say(ModelIntent.YES);
                    assertNumberLeadsExactlyForRescueItems(locale, word, safe);
                    assertThat(safe.node()).as(locale + " \"" + word.said() + "\", then yes").isEqualTo("proHelp");
                }
            }
        }
    }

    private static void assertNumberLeadsExactlyForRescueItems(String locale, Word word, AlexaResponse answer) {
        String first = answer.speech().split("[.;]")[0];
        assertThat(DriverSpeechCorpusTest.emergencyNumber(locale).matcher(first).find())
                .as(locale + " \"" + word.said() + "\": " + answer.speech()).isEqualTo(RESCUE_ITEMS.contains(word.id()));
    }

    /** One way the model names an urgent item: a value or one of its synonyms, with the value's id. */
    private record Word(String said, String id) {
    }

    private static List<Word> words(String locale) {
        List<Word> words = new ArrayList<>();
        JsonNode types = ProjectFiles.json(ProjectFiles.interactionModel(locale)).path("interactionModel").path("languageModel").path("types");
        for (JsonNode type : types) {
            if (type.path("name").asText().equals(ITEM_TYPE)) {
                for (JsonNode value : type.path("values")) {
                    String id = value.path("id").asText();
                    words.add(new Word(value.path("name").path("value").asText(), id));
                    value.path("name").path("synonyms").forEach(s -> words.add(new Word(s.asText(), id)));
                }
            }
        }
        return words;
    }

    private static Set<String> rescueItems() {
        Set<String> ids = new HashSet<>();
        Envelopes.resource("guide/shape.json").path("rescueItems").forEach(id -> ids.add(id.asText()));
        return ids;
    }
}
