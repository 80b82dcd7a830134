package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.CanFulfillIntentRequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.canfulfill.CanFulfillIntent;
import com.amazon.ask.model.canfulfill.CanFulfillIntentRequest;
import com.amazon.ask.model.canfulfill.CanFulfillIntentValues;
import com.amazon.ask.model.canfulfill.CanFulfillSlot;
import com.amazon.ask.model.canfulfill.CanFulfillSlotValues;
import com.amazon.ask.model.canfulfill.CanUnderstandSlotValues;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.logging.SkillLog;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Name-free interaction: Alexa asks whether this skill can take an utterance ("Alexa, my trunk won't
 * open") before sending it. YES for the skill's own intents (MAYBE when a slot value is only partly
 * understood), NO for built-in and unknown intents and for replies that need a conversation; never speech,
 * state or progress.
 */
record CanFulfillHandler(Guides guides, SkillLog log) implements CanFulfillIntentRequestHandler {

    private static final String BUILT_IN = "AMAZON.";
    /**
     * Replies that mean something only inside a conversation ("I called them", "we're in a parking lot", "just
     * groceries", "it opened", "not now"): no reason to open this skill.
     */
    private static final Set<ModelIntent> REPLIES_ONLY = EnumSet.of(ModelIntent.HELP_COMING, ModelIntent.EMERGENCY_CALLED, ModelIntent.NOT_NOW,
            ModelIntent.NO_ROADSIDE, ModelIntent.NO_PHONE, ModelIntent.NO_SIGNAL, ModelIntent.NOBODY_NEAR,
            ModelIntent.SAFE_PLACE, ModelIntent.EVERYONE_SAFE, ModelIntent.NOTHING_URGENT, ModelIntent.OPENED);


    @Override
    public Optional<Response> handle(HandlerInput input, CanFulfillIntentRequest request) {
        String name = request.getIntent() == null ? null : request.getIntent().getName();
        Optional<ModelIntent> intent = ModelIntent.named(name)
                .filter(i -> !i.intentName().startsWith(BUILT_IN) && !REPLIES_ONLY.contains(i));
        Map<String, CanFulfillSlot> slots = new LinkedHashMap<>();
        CanFulfillIntentValues answer = CanFulfillIntentValues.NO;
        if (intent.isPresent()) {
            answer = CanFulfillIntentValues.YES;
            Map<String, Slot> asked = request.getIntent().getSlots() == null ? Map.of() : request.getIntent().getSlots();
            for (Slot slot : asked.values()) {
                CanFulfillSlot verdict = slot(intent.get(), slot, request.getLocale());
                slots.put(slot.getName(), verdict);
                answer = weaker(answer, verdict);
            }
        }
        log.info("can_fulfill", Map.of("intent", String.valueOf(name), "answer", answer.toString()));
        return input.getResponseBuilder()
                .withCanFulfillIntent(CanFulfillIntent.builder().withCanFulfill(answer).withSlots(slots).build())
                .build();
    }

    /**
     * A step number is checked against the guide; another value is understood when Alexa resolved it to one
     * of the slot type's values, and only in part otherwise.
     */
    private CanFulfillSlot slot(ModelIntent intent, Slot slot, String locale) {
        if (slot.getValue() == null || slot.getValue().isBlank()) {
            return verdict(CanUnderstandSlotValues.YES, CanFulfillSlotValues.YES);
        }
        if (intent != ModelIntent.GO_TO_STEP) {
            return verdict(SlotResolution.matched(slot) ? CanUnderstandSlotValues.YES : CanUnderstandSlotValues.MAYBE, CanFulfillSlotValues.YES);
        }
        String value = slot.getValue().trim();
        int steps = guides.forLocale(locale).steps().size();
        boolean valid = value.matches("\\d{1,2}") && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= steps;
        return valid ? verdict(CanUnderstandSlotValues.YES, CanFulfillSlotValues.YES)
                : verdict(CanUnderstandSlotValues.NO, CanFulfillSlotValues.NO);
    }

    private static CanFulfillSlot verdict(CanUnderstandSlotValues understand, CanFulfillSlotValues fulfill) {
        return CanFulfillSlot.builder().withCanUnderstand(understand).withCanFulfill(fulfill).build();
    }

    private static CanFulfillIntentValues weaker(CanFulfillIntentValues so, CanFulfillSlot slot) {
        if (so == CanFulfillIntentValues.NO || slot.getCanFulfill() == CanFulfillSlotValues.NO) {
            return CanFulfillIntentValues.NO;
        }
        return slot.getCanUnderstand() == CanUnderstandSlotValues.YES ? so : CanFulfillIntentValues.MAYBE;
    }

    /** Every question: an intent the skill does not serve is answered NO. */
    @Override
    public boolean canHandle(HandlerInput input, CanFulfillIntentRequest request) {
        return true;
    }
}
