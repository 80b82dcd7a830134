package com.trunkreleasehelper.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.testing.StrictUtterances.Ambiguous;
import com.trunkreleasehelper.testing.StrictUtterances.NotUnderstood;
import com.trunkreleasehelper.testing.StrictUtterances.Resolution;
import com.trunkreleasehelper.testing.StrictUtterances.SlotValue;
import com.trunkreleasehelper.testing.StrictUtterances.Understood;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The strict resolver against a small fixture model (strict/model.json) and the project's own models. */
class StrictUtterancesTest {

    private static final StrictUtterances FIXTURE = new StrictUtterances(Envelopes.resource("strict/model.json"),
            SpeechWords.forLocale("en-US").numbers());

    @Test
    void aSampleMatchesTheWholeUtteranceOrNothing() {
        assertThat(intent(FIXTURE.resolve("yes please"))).isEqualTo("AMAZON.YesIntent");
        assertThat(FIXTURE.resolve("yes please now")).isInstanceOf(NotUnderstood.class);
        assertThat(FIXTURE.resolve("please")).isInstanceOf(NotUnderstood.class);
    }

    @Test
    void caseAndPunctuationDoNotMatterAndHyphensSeparateWords() {
        Understood u = (Understood) FIXTURE.resolve("My Insulin-Pen is in the trunk!");

        assertThat(u.intent()).isEqualTo("UrgentItemIntent");
        assertThat(u.slot("item").orElseThrow().said()).isEqualTo("insulin pen");
        assertThat(intent(FIXTURE.resolve("Yes, please."))).isEqualTo("AMAZON.YesIntent");
    }

    @Test
    void aSlotResolvesToItsValuesIdAndNameAsEntityResolutionDoes() {
        SlotValue item = ((Understood) FIXTURE.resolve("my epi pen is in the trunk")).slot("item").orElseThrow();

        assertThat(item).isEqualTo(new SlotValue("item", "URGENT_ITEM", "epi pen", "epi pen", "EPIPEN", "epipen"));
    }

    @Test
    void theSlotTypeDecidesBetweenIntentsThatShareACarrierPhrase() {
        assertThat(intent(FIXTURE.resolve("my insulin is in the trunk"))).isEqualTo("UrgentItemIntent");
        assertThat(intent(FIXTURE.resolve("my groceries is in the trunk"))).isEqualTo("NothingUrgentIntent");
    }

    @Test
    void wordsOutsideASlotTypeAreNotUnderstoodHoweverManyWordsTheyShare() {
        assertThat(FIXTURE.resolve("my laptop is in the trunk")).isInstanceOf(NotUnderstood.class);
        assertThat(FIXTURE.resolve("my insulin is in the car")).isInstanceOf(NotUnderstood.class);
    }

    @Test
    void whatIsNotUnderstoodComesWithTheClosestSampleAsAHint() {
        assertThat(FIXTURE.resolve("my insulin is in the car")).isEqualTo(new NotUnderstood("my {item} is in the trunk"));
        assertThat(FIXTURE.resolve("call a locksmith please")).isEqualTo(new NotUnderstood("call {helper}"));
    }

    @Test
    void twoIntentsMatchingIsReportedAsAmbiguous() {
        Resolution r = FIXTURE.resolve("call the police");

        assertThat(r).isInstanceOf(Ambiguous.class);
        assertThat(((Ambiguous) r).matches()).extracting(Understood::intent).containsExactly("CallHelpIntent", "PoliceIntent");
    }

    @Test
    void slotsTheUtteranceDoesNotFillAreDeclaredWithoutAValue() {
        Understood u = (Understood) FIXTURE.resolve("something urgent");

        assertThat(u.slots()).containsExactly(new SlotValue("item", "URGENT_ITEM", null, null, null, null));
        assertThat(u.slots().get(0).filled()).isFalse();
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', value = {
            "en-US | step four | 4",
            "en-US | step 4 | 4",
            "en-US | step twenty one | 21",
            "en-US | step nineteen | 19",
            "en-US | one one two | 112",
            "es-US | paso veintiuno | 21",
            "es-US | paso treinta y dos | 32",
            "es-US | paso una | 1"})
    void numbersAreDigitsOrTheLanguagesNumberWords(String locale, String said, String digits) {
        StrictUtterances model = new StrictUtterances(spanishSteps(locale), SpeechWords.forLocale(locale).numbers());

        SlotValue step = ((Understood) model.resolve(said)).slot("stepNumber").orElseThrow();

        assertThat(step.value()).isEqualTo(digits);
        assertThat(step.said()).isEqualTo(said.replaceFirst("^(step|paso) ", ""));
        assertThat(step.id()).isNull();
    }

    @Test
    void wordsThatAreNoNumberDoNotFillANumberSlot() {
        assertThat(FIXTURE.resolve("step four and a half")).isInstanceOf(NotUnderstood.class);
        assertThat(FIXTURE.resolve("step twenty twenty")).isInstanceOf(NotUnderstood.class);
        assertThat(FIXTURE.resolve("step")).isInstanceOf(NotUnderstood.class);
    }

    @Test
    void anEmptyUtteranceIsNotUnderstood() {
        assertThat(FIXTURE.resolve("  ")).isInstanceOf(NotUnderstood.class);
    }

    @Test
    void aModelWithASlotTypeItCannotCheckIsRefused() {
        ObjectNode model = (ObjectNode) Envelopes.resource("strict/model.json");
        ((ObjectNode) model.at("/interactionModel/languageModel/intents/2/slots/0")).put("type", "AMAZON.City");

        assertThatThrownBy(() -> new StrictUtterances(model, SpeechWords.forLocale("en-US").numbers()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AMAZON.City");
    }

    @Test
    void theEnvelopeCarriesSlotsWithEntityResolutionAsAlexaSendsThem() {
        JsonNode slots = IntentEnvelope.of((Understood) FIXTURE.resolve("my insulin pen is in the trunk"))
                .at("/request/intent/slots");
        JsonNode item = slots.path("item");
        JsonNode resolution = item.at("/resolutions/resolutionsPerAuthority/0");

        assertThat(item.path("value").asText()).isEqualTo("insulin pen");
        assertThat(resolution.path("authority").asText())
                .isEqualTo("amzn1.er-authority.echo-sdk.amzn1.ask.skill.00000000-0000-0000-0000-000000000000.URGENT_ITEM");
        assertThat(resolution.at("/status/code").asText()).isEqualTo("ER_SUCCESS_MATCH");
        assertThat(resolution.at("/values/0/value/id").asText()).isEqualTo("INSULIN");
        assertThat(resolution.at("/values/0/value/name").asText()).isEqualTo("insulin");
    }

    @Test
    void theEnvelopeCarriesNumbersAsDigitsWithoutResolutionAndUnfilledSlotsWithoutValue() {
        JsonNode step = IntentEnvelope.of((Understood) FIXTURE.resolve("step seven")).at("/request/intent/slots/stepNumber");
        JsonNode item = IntentEnvelope.of((Understood) FIXTURE.resolve("something urgent")).at("/request/intent/slots/item");

        assertThat(step.path("value").asText()).isEqualTo("7");
        assertThat(step.has("resolutions")).isFalse();
        assertThat(item.path("name").asText()).isEqualTo("item");
        assertThat(item.has("value")).isFalse();
    }

    @Test
    void theProjectModelsResolveWhatTheSkillSuggests() {
        for (String locale : List.of("en-US", "en-CA", "en-GB", "en-AU", "en-IN")) {
            StrictUtterances model = StrictUtterances.forLocale(locale);
            assertThat(intent(model.resolve("start"))).as(locale).isEqualTo("StartGuideIntent");
            assertThat(intent(model.resolve("call help"))).as(locale).isEqualTo("CallHelpIntent");
            assertThat(intent(model.resolve("which step"))).as(locale).isEqualTo("WhichStepIntent");
        }
    }

    private static JsonNode spanishSteps(String locale) {
        ObjectNode model = (ObjectNode) Envelopes.resource("strict/model.json");
        if (locale.startsWith("es")) {
            ((ObjectNode) model.at("/interactionModel/languageModel/intents/4")).putArray("samples").add("paso {stepNumber}");
        }
        return model;
    }

    private static String intent(Resolution r) {
        assertThat(r).isInstanceOf(Understood.class);
        return ((Understood) r).intent();
    }
}
