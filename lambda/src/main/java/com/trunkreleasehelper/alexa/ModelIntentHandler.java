package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import com.trunkreleasehelper.conversation.Action;
import com.trunkreleasehelper.conversation.Command;
import com.trunkreleasehelper.logging.SkillLog;

import java.util.Map;
import java.util.Optional;

/**
 * Every intent request: the {@link ModelIntent} table gives the engine action and the slot to read. An
 * intent the table does not know is logged and answered like the fallback, with a short re-ask.
 */
record ModelIntentHandler(ConversationTurns turns, SkillLog log) implements IntentRequestHandler {

    @Override
    public Optional<Response> handle(HandlerInput input, IntentRequest request) {
        String name = request.getIntent() == null ? null : request.getIntent().getName();
        Optional<ModelIntent> intent = ModelIntent.named(name);
        if (intent.isEmpty()) {
            log.warn("unknown_intent", Map.of("intent", String.valueOf(name)));
            return turns.answer(input, Command.of(Action.FALLBACK));
        }
        if (heardOutsideItsValues(request, intent.get())) {
            // "No, it's just my insulin" as nothing urgent, the insulin matching no everyday item: not understood,
            // so the re-ask gives the emergency number and asks again, never step 3 as if nothing urgent were inside.
            log.info("slot_unmatched", Map.of("intent", name));
            return turns.answer(input, Command.of(Action.FALLBACK));
        }
        String argument = intent.get().slot().map(slot -> slotValue(request, slot, intent.get().slotById())).orElse(null);
        return turns.answer(input, new Command(intent.get().action(), argument));
    }

    private static boolean heardOutsideItsValues(IntentRequest request, ModelIntent intent) {
        return intent.vouchingSlot().map(name -> {
            Slot slot = slot(request, name);
            return slot != null && slot.getValue() != null && !slot.getValue().isBlank() && !SlotResolution.matched(slot);
        }).orElse(false);
    }

    private static Slot slot(IntentRequest request, String name) {
        Map<String, Slot> slots = request.getIntent().getSlots();
        return slots == null ? null : slots.get(name);
    }

    private static String slotValue(IntentRequest request, String name, boolean byId) {
        Slot slot = slot(request, name);
        if (slot == null) {
            return null;
        }
        return byId ? SlotResolution.matchedId(slot) : slot.getValue();
    }

    /** Every intent: one the table does not know is logged and re-asked. */
    @Override
    public boolean canHandle(HandlerInput input, IntentRequest request) {
        return true;
    }
}
