package com.trunkreleasehelper.alexa;

import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.content.Phrase;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.IntentEnvelope;
import com.trunkreleasehelper.testing.ResponseChecks;
import com.trunkreleasehelper.testing.SkillDriver;
import com.trunkreleasehelper.testing.StrictUtterances;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static com.trunkreleasehelper.alexa.ModelIntent.NO;
import static com.trunkreleasehelper.alexa.ModelIntent.YES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain walk through the guide, every locale: a median turn of 30 words or fewer, none over 50; and the turn with
 * the most said before it (every turn is held to 50 words by {@link ResponseChecks}, on every path a test takes).
 */
class BrevityTest {

    /** Launch, safe, not urgent, no key, no lockout, no way in, the last step, everyone safe. */
    private static final List<ModelIntent> WALK = List.of(YES, NO, NO, NO, NO, YES, YES);

    static List<String> locales() {
        return new Guides().supportedLocales();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void thePlainWalkIsBrief(String locale) {
        SkillDriver alexa = new SkillDriver(locale);
        List<Integer> words = new ArrayList<>();
        words.add(ResponseChecks.words(alexa.launch().speech()));
        for (ModelIntent answer : WALK) {
            words.add(ResponseChecks.words(alexa.say(answer).speech()));
        }

        assertThat(ResponseChecks.median(words)).as(locale + " " + words).isLessThanOrEqualTo(30);
        assertThat(words).as(locale).allMatch(count -> count <= ResponseChecks.MAX_WORDS);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void stepSixWithARescueItemAndNoPhoneLeadsWithTheNumberOnceUnderFiftyWords(String locale) {
        SkillDriver alexa = new SkillDriver(locale);
        alexa.launch();
        said(alexa, locale, "my epipen is in the " + (locale.startsWith("en-US") || locale.startsWith("en-CA") ? "trunk" : "boot"),
                "mi epipen está en la cajuela");
        said(alexa, locale, "i can't find my phone", "no encuentro mi celular");
        alexa.say(YES);

        AlexaResponse stepSix = alexa.say(YES);

        assertThat(stepSix.node()).isEqualTo("proHelp");
        assertThat(stepSix.speech()).as("the rescue line says why step 2 is skipped")
                .startsWith(new Guides().forLocale(locale).phrase(Phrase.RESCUE_ITEM.withoutPhone()));
        assertThat(ResponseChecks.words(stepSix.speech())).as(stepSix.speech()).isLessThanOrEqualTo(ResponseChecks.MAX_WORDS);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void theCheckAnsweredNoWithARescueItemAndNoPhoneGivesTheNumberOnceUnderFiftyWords(String locale) {
        SkillDriver alexa = new SkillDriver(locale);
        alexa.launch();
        said(alexa, locale, "i can't find my phone", "no encuentro mi celular");
        alexa.say(YES);
        alexa.say(ModelIntent.FALLBACK);
        alexa.say(YES);
        said(alexa, locale, "my epipen is in the " + (locale.startsWith("en-US") || locale.startsWith("en-CA") ? "trunk" : "boot"),
                "mi epipen está en la cajuela");

        AlexaResponse stepSix = alexa.say(NO);

        assertThat(stepSix.node()).isEqualTo("proHelp");
        assertThat(stepSix.speech()).as("the check's own words give the number")
                .startsWith(new Guides().forLocale(locale).node("lockedInCheck").no().say());
        assertThat(ResponseChecks.words(stepSix.speech())).as(stepSix.speech()).isLessThanOrEqualTo(ResponseChecks.MAX_WORDS);
    }

    private static void said(SkillDriver alexa, String locale, String english, String spanish) {
        alexa.send(IntentEnvelope.of((StrictUtterances.Understood) StrictUtterances.forLocale(locale)
                .resolve(locale.startsWith("es") ? spanish : english)));
    }
}
