package com.trunkreleasehelper.conversation;

import com.trunkreleasehelper.content.Guide;
import com.trunkreleasehelper.content.Guides;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StateCodecTest {

    private static final Guide GUIDE = new Guides().forLocale("en-US");
    private final StateCodec codec = new StateCodec();

    @Test
    void readsBackWhatItWrote() {
        ConversationState state = new ConversationState("lockout", List.of("safe", "urgent", "key"), "Step 4.");

        StateCodec.Decoded decoded = codec.fromAttributes(codec.toAttributes(state), GUIDE);

        assertThat(decoded.state()).isEqualTo(state);
        assertThat(decoded.resetReason()).isNull();
    }

    @Test
    void readsBackAResumeOffer() {
        ConversationState offering = new ConversationState(null, List.of(), "Welcome back.", "lockout", 0);

        assertThat(codec.fromAttributes(codec.toAttributes(offering), GUIDE).state()).isEqualTo(offering);
    }

    @Test
    void readsBackHelpOnTheWayNoRoadsideCoverAnEmergencyUnderWayAndCalledNoPhoneAndWordsMissedAndReadsAStateStoredBeforeTheyExistedAsNone() {
        ConversationState called = new ConversationState("urgent", List.of("safe"), "Got it.", null, 0,
                new Told(Urgency.NONE, true, true, true, true, true, true));

        assertThat(codec.fromAttributes(codec.toAttributes(called), GUIDE).state()).isEqualTo(called);
        ConversationState older = codec.fromAttributes(stored(Map.of("v", 1, "node", "safe", "history", List.of())), GUIDE).state();
        assertThat(older.helpComing()).isFalse();
        assertThat(older.noRoadside()).isFalse();
        assertThat(older.emergency()).isFalse();
        assertThat(older.called()).isFalse();
        assertThat(older.noPhone()).isFalse();
        assertThat(older.misheard()).isFalse();
        assertReset(stored(Map.of("v", 1, "node", "safe", "history", List.of(), "helpComing", "yes")), "help on the way");
        assertReset(stored(Map.of("v", 1, "node", "safe", "history", List.of(), "emergency", "yes")), "emergency under way");
        assertReset(stored(Map.of("v", 1, "node", "safe", "history", List.of(), "noRoadside", 1)), "no roadside cover");
        assertReset(stored(Map.of("v", 1, "node", "safe", "history", List.of(), "noPhone", "true")), "no phone");
        assertReset(stored(Map.of("v", 1, "node", "safe", "history", List.of(), "called", 0)), "emergency called");
        assertReset(stored(Map.of("v", 1, "node", "safe", "history", List.of(), "misheard", "no")), "words not understood");
    }

    @Test
    void readsBackANamedItemAndReadsAStateStoredBeforeItExistedAsNoneNamed() {
        ConversationState named = new ConversationState("safe", List.of(), "Got it.", null, 1,
                Told.NOTHING.noting(Urgency.RESCUE));

        assertThat(codec.fromAttributes(codec.toAttributes(named), GUIDE).state()).isEqualTo(named);
        assertThat(codec.fromAttributes(stored(Map.of("v", 1, "node", "safe", "history", List.of())), GUIDE).state().urgency())
                .isEqualTo(Urgency.NONE);
        assertReset(stored(Map.of("v", 1, "node", "safe", "history", List.of(), "urgency", "PANIC")), "urgency");
    }

    @Test
    void anOfferOfSomethingOtherThanAStepStartsFresh() {
        assertReset(stored(Map.of("v", 1, "history", List.of(), "offer", "done")), "resume offer");
    }

    @Test
    void writesOnlyItsOwnAttribute() {
        assertThat(codec.toAttributes(ConversationState.fresh())).containsOnlyKeys(StateCodec.ATTRIBUTE);
    }

    @Test
    void missingAttributesStartFresh() {
        assertReset(null, "no saved state");
        assertReset(Map.of(), "no saved state");
    }

    @Test
    void anUnknownVersionStartsFresh() {
        assertReset(stored(Map.of("v", 2, "node", "key", "history", List.of())), "unknown version");
        assertReset(stored(Map.of("v", "1", "node", "key", "history", List.of())), "unknown version");
    }

    @Test
    void damagedFieldsStartFresh() {
        assertReset(Map.of(StateCodec.ATTRIBUTE, "not an object"), "not an object");
        assertReset(stored(Map.of("v", 1, "node", "step99", "history", List.of())), "unknown step");
        assertReset(stored(Map.of("v", 1, "node", 4, "history", List.of())), "unknown step");
        assertReset(stored(Map.of("v", 1, "node", "key", "history", "safe")), "history is damaged");
        assertReset(stored(Map.of("v", 1, "node", "key", "history", List.of("nowhere"))), "history is damaged");
        assertReset(stored(Map.of("v", 1, "node", "key", "history", Collections.nCopies(500, "safe"))),
                "history is damaged");
        assertReset(stored(Map.of("v", 1, "node", "key", "history", List.of(), "said", 42)), "speech is damaged");
        assertReset(stored(Map.of("v", 1, "node", "key", "history", List.of(), "said", "x".repeat(9000))),
                "speech is damaged");
    }

    @Test
    void aNullNodeIsANotYetStartedConversation() {
        Map<String, Object> stored = new HashMap<>(Map.of("v", 1, "history", List.of()));
        stored.put("node", null);

        assertThat(codec.fromAttributes(stored(stored), GUIDE).state().node()).isNull();
    }

    private void assertReset(Map<String, Object> attributes, String reason) {
        StateCodec.Decoded decoded = codec.fromAttributes(attributes, GUIDE);
        assertThat(decoded.state()).isEqualTo(ConversationState.fresh());
        assertThat(decoded.resetReason()).contains(reason);
    }

    private static Map<String, Object> stored(Map<String, Object> state) {
        return Map.of(StateCodec.ATTRIBUTE, state);
    }
}
