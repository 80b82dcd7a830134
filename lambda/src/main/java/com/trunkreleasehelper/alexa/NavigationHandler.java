package com.trunkreleasehelper.alexa;

import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Slot;
import com.trunkreleasehelper.conversation.Action;
import com.trunkreleasehelper.conversation.Command;

import java.util.Map;

/** Moving through the steps: start, next, previous, repeat, start over, go to step N, which step. */
final class NavigationHandler extends IntentFamilyHandler {

    NavigationHandler(EngineTurns turns) {
        super(turns, Map.of(
                IntentNames.START_GUIDE, Action.START,
                IntentNames.NEXT, Action.NEXT,
                IntentNames.PREVIOUS, Action.PREVIOUS,
                IntentNames.REPEAT, Action.REPEAT,
                IntentNames.START_OVER, Action.START_OVER,
                IntentNames.GO_TO_STEP, Action.GO_TO_STEP,
                IntentNames.WHICH_STEP, Action.WHICH_STEP));
    }

    @Override
    Command command(IntentRequest request, Action action) {
        return action == Action.GO_TO_STEP ? Command.goToStep(stepNumber(request)) : Command.of(action);
    }

    /** The spoken step number, or null when it is missing or not a small whole number. */
    static Integer stepNumber(IntentRequest request) {
        Map<String, Slot> slots = request.getIntent().getSlots();
        Slot slot = slots == null ? null : slots.get(IntentNames.STEP_NUMBER_SLOT);
        String value = slot == null ? null : slot.getValue();
        if (value == null || !value.trim().matches("-?\\d{1,6}")) {
            return null;
        }
        return Integer.valueOf(value.trim());
    }
}
