package com.trunkreleasehelper.corpus;

import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.testing.StrictUtterances;
import com.trunkreleasehelper.testing.StrictUtterances.Resolution;
import com.trunkreleasehelper.testing.StrictUtterances.Understood;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every line of the driver-speech corpus resolves strictly, through the model alone, to the intent it means. */
class CorpusResolvesTest {

    private static final String REFERENCE_LOCALE = "en-US";
    private static final int REFERENCE_CASES = 200;
    private static final int OTHER_CASES = 40;

    static List<String> locales() {
        return new Guides().supportedLocales();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyLineResolvesToExactlyTheIntentItMeans(String locale) {
        StrictUtterances model = StrictUtterances.forLocale(locale);
        List<String> wrong = new ArrayList<>();
        for (DriverSpeechCorpus.Case c : DriverSpeechCorpus.load(locale).cases()) {
            Resolution r = model.resolve(c.say());
            if (!(r instanceof Understood u) || !u.intent().equals(c.intent())) {
                wrong.add(c + " means " + c.intent() + " but is " + r);
            }
        }
        assertThat(wrong).as(locale + ": " + String.join("\n", wrong)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void theCorpusIsLargeEnoughAndCoversEveryTopic(String locale) {
        DriverSpeechCorpus corpus = DriverSpeechCorpus.load(locale);
        Set<String> topics = corpus.cases().stream().map(DriverSpeechCorpus.Case::topic).collect(Collectors.toSet());

        assertThat(corpus.cases()).hasSizeGreaterThanOrEqualTo(REFERENCE_LOCALE.equals(locale) ? REFERENCE_CASES : OTHER_CASES);
        assertThat(topics).containsExactlyInAnyOrderElementsOf(DriverSpeechCorpus.TOPICS);
    }
}
