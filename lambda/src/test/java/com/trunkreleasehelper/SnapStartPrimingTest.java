package com.trunkreleasehelper;

import com.trunkreleasehelper.alexa.SkillRuntime;
import com.trunkreleasehelper.alexa.IntentNames;
import com.trunkreleasehelper.alexa.SkillFactory;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.progress.InMemoryProgressStore;
import com.trunkreleasehelper.testing.LogCapture;
import com.trunkreleasehelper.testing.SkillDriver;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SnapStartPrimingTest {

    private static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
    private static final int REQUESTS_PER_LOCALE = 2 * 16 + 3;
    private final Guides guides = SkillFactory.guides();

    @Test
    void primingAnswersEveryRequestInEveryLocale() {
        SnapStartPriming priming = priming(SkillFactory.build(guides, null, new InMemoryProgressStore()), null);

        assertThat(priming.prime()).isEqualTo(REQUESTS_PER_LOCALE * guides.supportedLocales().size());
    }

    @Test
    void primingIsAnsweredWhenTheFunctionOnlyAcceptsItsOwnSkillId() {
        SnapStartPriming priming = priming(SkillFactory.build(guides, SKILL_ID, new InMemoryProgressStore()), SKILL_ID);

        assertThat(priming.prime()).isEqualTo(REQUESTS_PER_LOCALE * guides.supportedLocales().size());
    }

    @Test
    void primingChangesNothingARealRequestCouldSee() {
        SkillRuntime primed = SkillFactory.build(guides, null, new InMemoryProgressStore());
        SkillRuntime unprimed = SkillFactory.build(guides, null, new InMemoryProgressStore());

        priming(primed, null).beforeCheckpoint(null);

        assertThat(conversation(new TrunkReleaseHelperHandler(primed)))
                .isEqualTo(conversation(new TrunkReleaseHelperHandler(unprimed)));
    }

    @Test
    void primingWritesNothingToTheLog() {
        SnapStartPriming priming = priming(SkillFactory.build(guides, null, new InMemoryProgressStore()), null);

        assertThat(LogCapture.capture(priming::prime).log()).isEmpty();
    }

    @Test
    void registeringWorksWithoutACracRuntime() {
        SnapStartPriming priming = priming(SkillFactory.build(guides, null, new InMemoryProgressStore()), null);

        priming.register();
        priming.afterRestore(null);
    }

    private SnapStartPriming priming(SkillRuntime skill, String skillId) {
        return new SnapStartPriming(() -> skill, guides, skillId);
    }

    private static List<String> conversation(TrunkReleaseHelperHandler handler) {
        SkillDriver alexa = new SkillDriver(handler, "en-US");
        List<String> said = new ArrayList<>();
        said.add(alexa.launch().json().path("response").toString());
        for (String intent : List.of(IntentNames.YES, IntentNames.NO, IntentNames.CALL_HELP, IntentNames.YES)) {
            said.add(alexa.say(intent).json().path("response").toString() + alexa.attributes());
        }
        return said;
    }
}
