package com.trunkreleasehelper.alexa;

import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;

import java.util.List;
import java.util.Objects;

/** A slot's entity resolution: whether Alexa matched the words heard to one of the slot type's values, and which. */
final class SlotResolution {

    private SlotResolution() {
    }

    static boolean matched(Slot slot) {
        return !matches(slot).isEmpty();
    }

    /** The model's id of the value matched (the same whichever synonym was said), or null when none matched. */
    static String matchedId(Slot slot) {
        return matches(slot).stream()
                .filter(r -> r.getValues() != null)
                .flatMap(r -> r.getValues().stream())
                .map(ValueWrapper::getValue)
                .filter(Objects::nonNull)
                .map(value -> value.getId())
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private static List<Resolution> matches(Slot slot) {
        if (slot == null || slot.getResolutions() == null || slot.getResolutions().getResolutionsPerAuthority() == null) {
            return List.of();
        }
        return slot.getResolutions().getResolutionsPerAuthority().stream()
                .filter(r -> r.getStatus() != null && r.getStatus().getCode() == StatusCode.ER_SUCCESS_MATCH)
                .toList();
    }
}
