package com.trunkreleasehelper.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.trunkreleasehelper.alexa.ModelIntent;
import com.trunkreleasehelper.content.Guide;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.testing.Envelopes;
import com.trunkreleasehelper.testing.StrictUtterances;
import com.trunkreleasehelper.testing.StrictUtterances.Understood;
import com.trunkreleasehelper.testing.SpokenTexts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every phrase the skill tells the driver to say (quoted in its speech: prompts, help, options, steps)
 * resolves strictly, against that locale's own model, to the intent it stands for
 * ({@code suggestions/<language>.json}); and a bare number, after "say a number", goes to that step.
 */
class SuggestionsResolveTest {

    private static final Guides GUIDES = new Guides();
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    static List<String> locales() {
        return GUIDES.supportedLocales();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyQuotedSuggestionResolvesToTheIntentItNames(String locale) {
        JsonNode expected = Envelopes.resource("suggestions/" + locale.substring(0, 2) + ".json");
        StrictUtterances model = StrictUtterances.forLocale(locale);
        Set<String> suggested = suggestions(GUIDES.forLocale(locale));

        assertThat(suggested).as(locale).isNotEmpty();
        for (String phrase : suggested) {
            assertThat(expected.has(phrase)).as(locale + ": no expectation for \"" + phrase + "\"").isTrue();
            assertThat(model.resolve(phrase)).as(locale + ": \"" + phrase + "\"")
                    .isInstanceOfSatisfying(Understood.class,
                            u -> assertThat(u.intent()).isEqualTo(expected.get(phrase).asText()));
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void aBareNumberIsTheStepToGoTo(String locale) {
        assertThat(model(locale).resolve("3")).isInstanceOfSatisfying(Understood.class, u -> {
            assertThat(u.intent()).isEqualTo(ModelIntent.GO_TO_STEP.intentName());
            assertThat(u.slot(ModelIntent.GO_TO_STEP.slot().orElseThrow()).orElseThrow().value()).isEqualTo("3");
        });
    }

    private static StrictUtterances model(String locale) {
        return StrictUtterances.forLocale(locale);
    }

    /** The quoted phrases in everything the guide can say aloud. */
    private static Set<String> suggestions(Guide guide) {
        Set<String> phrases = new LinkedHashSet<>();
        for (String text : SpokenTexts.of(guide)) {
            Matcher m = QUOTED.matcher(text);
            while (m.find()) {
                phrases.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return phrases;
    }
}
