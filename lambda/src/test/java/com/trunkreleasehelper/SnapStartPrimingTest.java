package com.trunkreleasehelper;

import com.trunkreleasehelper.alexa.ModelIntent;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.testing.Handlers;
import com.trunkreleasehelper.testing.LogLines;
import com.trunkreleasehelper.testing.SkillDriver;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SnapStartPrimingTest {

    private static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
    /** A launch and every intent of the table, voice-only and with a screen; then five other request types. */
    private static final int REQUESTS_PER_LOCALE = 2 * (1 + ModelIntent.values().length) + 5;

    private final Guides guides = new Guides();
    private final LogLines logs = new LogLines();

    @Test
    void primingAnswersEveryRequestInEveryLocale() {
        SnapStartPriming priming = SnapStartPriming.forSkillId(guides, null, logs.log());

        assertThat(priming.prime()).isEqualTo(REQUESTS_PER_LOCALE * guides.supportedLocales().size());
    }

    @Test
    void primingIsAnsweredWhenTheFunctionOnlyAcceptsItsOwnSkillId() {
        SnapStartPriming priming = SnapStartPriming.forSkillId(guides, SKILL_ID, logs.log());

        assertThat(priming.prime()).isEqualTo(REQUESTS_PER_LOCALE * guides.supportedLocales().size());
    }

    @Test
    void primingWritesNothingToTheLog() {
        SnapStartPriming.forSkillId(guides, null, logs.log()).beforeCheckpoint(null);

        assertThat(logs.lines()).isEmpty();
    }

    @Test
    void primingChangesNothingALaterRequestCouldSee() {
        List<String> before = conversation(Handlers.inMemory());

        SnapStartPriming.forSkillId(guides, null, logs.log()).beforeCheckpoint(null);

        assertThat(conversation(Handlers.inMemory())).isEqualTo(before);
    }

    private static List<String> conversation(TrunkReleaseHelperHandler handler) {
        SkillDriver alexa = new SkillDriver(handler, "en-US");
        List<String> said = new ArrayList<>();
        said.add(alexa.launch().json().path("response").toString());
        for (ModelIntent intent : List.of(ModelIntent.YES, ModelIntent.NO, ModelIntent.CALL_HELP, ModelIntent.YES)) {
            said.add(alexa.say(intent.intentName()).json().path("response").toString() + alexa.attributes());
        }
        return said;
    }
}
