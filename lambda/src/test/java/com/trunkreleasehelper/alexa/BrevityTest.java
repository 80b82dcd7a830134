package com.trunkreleasehelper.alexa;

import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.testing.ResponseChecks;
import com.trunkreleasehelper.testing.SkillDriver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static com.trunkreleasehelper.alexa.ModelIntent.NO;
import static com.trunkreleasehelper.alexa.ModelIntent.YES;
import static org.assertj.core.api.Assertions.assertThat;

/** The plain walk through the guide, every locale: a median turn of 30 words or fewer, none over 50. */
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
}
