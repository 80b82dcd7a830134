package com.trunkreleasehelper.alexa;

import com.trunkreleasehelper.conversation.Action;

import java.util.Optional;

/**
 * The one intent table: every intent of the interaction models, the engine action it stands for, and the
 * slot it reads. Dispatch, SnapStart priming and the model tests all read this; adding an intent is one
 * line here plus its samples in each model.
 */
public enum ModelIntent {
    YES("AMAZON.YesIntent", Action.YES),
    NO("AMAZON.NoIntent", Action.NO),
    NEXT("AMAZON.NextIntent", Action.NEXT),
    PREVIOUS("AMAZON.PreviousIntent", Action.PREVIOUS),
    REPEAT("AMAZON.RepeatIntent", Action.REPEAT),
    START_OVER("AMAZON.StartOverIntent", Action.START_OVER),
    HELP("AMAZON.HelpIntent", Action.HELP),
    FALLBACK("AMAZON.FallbackIntent", Action.FALLBACK),
    STOP("AMAZON.StopIntent", Action.STOP),
    CANCEL("AMAZON.CancelIntent", Action.STOP),
    NAVIGATE_HOME("AMAZON.NavigateHomeIntent", Action.STOP),
    START_GUIDE("StartGuideIntent", Action.START),
    GO_TO_STEP("GoToStepIntent", Action.GO_TO_STEP, "stepNumber", SlotUse.WORDS),
    WHICH_STEP("WhichStepIntent", Action.WHICH_STEP),
    CALL_HELP("CallHelpIntent", Action.CALL_HELP),
    EMERGENCY("EmergencyIntent", Action.EMERGENCY, Slots.ITEM, SlotUse.ID),
    WHAT_NOT_TO_DO("WhatNotToDoIntent", Action.WHAT_NOT_TO_DO),
    WHAT_CAN_WAIT("WhatCanWaitIntent", Action.WHAT_CAN_WAIT),
    MORE("MoreIntent", Action.MORE, Slots.TOPIC, SlotUse.ID),
    FORCE_IT("ForceItIntent", Action.FORCE_IT),
    BATTERY("BatteryIntent", Action.BATTERY, Slots.DEVICE, SlotUse.ID),
    KEY_COMING("KeyComingIntent", Action.KEY_COMING),
    HOW_LONG("HowLongIntent", Action.HOW_LONG),
    POLICE("PoliceIntent", Action.POLICE),
    STRANDED("StrandedIntent", Action.STRANDED),
    PANIC("PanicIntent", Action.PANIC),
    SAFE_PLACE("SafePlaceIntent", Action.SAFE_PLACE, Slots.PLACE, SlotUse.MATCHED_ONLY),
    UNSAFE_PLACE("UnsafePlaceIntent", Action.UNSAFE_PLACE),
    EVERYONE_SAFE("EveryoneSafeIntent", Action.EVERYONE_SAFE),
    STILL_INSIDE("StillInsideIntent", Action.STILL_INSIDE),
    URGENT_ITEM("UrgentItemIntent", Action.URGENT_ITEM, Slots.ITEM, SlotUse.ID),
    NOTHING_URGENT("NothingUrgentIntent", Action.NOTHING_URGENT, Slots.ITEM, SlotUse.MATCHED_ONLY),
    OPENED("OpenedIntent", Action.OPENED),
    STILL_STUCK("StillStuckIntent", Action.STILL_STUCK),
    HELP_COMING("HelpComingIntent", Action.HELP_COMING, Slots.HELPER, SlotUse.ID),
    EMERGENCY_CALLED("EmergencyCalledIntent", Action.EMERGENCY_CALLED),
    NOT_NOW("NotNowIntent", Action.NOT_NOW),
    NO_ROADSIDE("NoRoadsideIntent", Action.NO_ROADSIDE),
    NO_PHONE("NoPhoneIntent", Action.NO_PHONE),
    NO_SIGNAL("NoSignalIntent", Action.NO_SIGNAL),
    NOBODY_NEAR("NobodyNearIntent", Action.NOBODY_NEAR);

    /** Slot names the models share (an enum constant cannot refer to its own class's static fields). */
    private static final class Slots {
        static final String ITEM = "item";
        static final String HELPER = "helper";
        static final String TOPIC = "topic";
        static final String DEVICE = "device";
        static final String PLACE = "place";
    }

    /** What an intent's slot is to the skill. */
    enum SlotUse {
        /** Read as the words heard ("4" for a step number). */
        WORDS,
        /** Read as the model's id for the value matched (entity resolution), the same whichever synonym was said. */
        ID,
        /**
         * Not read, but vouching: a custom slot type takes words outside its values too, and an intent that reassures
         * ("no, it's just my {item}": nothing urgent) means it only when the words are one of them.
         */
        MATCHED_ONLY
    }

    private final String intentName;
    private final Action action;
    private final String slot;
    private final SlotUse slotUse;

    ModelIntent(String intentName, Action action) {
        this(intentName, action, null, SlotUse.WORDS);
    }

    ModelIntent(String intentName, Action action, String slot, SlotUse slotUse) {
        this.intentName = intentName;
        this.action = action;
        this.slot = slot;
        this.slotUse = slotUse;
    }

    /** The intent's name in the interaction model. */
    public String intentName() {
        return intentName;
    }

    /** The slot whose value the engine reads, if the intent has one. */
    public Optional<String> slot() {
        return slotUse == SlotUse.MATCHED_ONLY ? Optional.empty() : Optional.ofNullable(slot);
    }

    /** Whether the slot is read as the model's id for the value (entity resolution) rather than the words heard. */
    boolean slotById() {
        return slotUse == SlotUse.ID;
    }

    /** The slot whose words must be one of its type's values for the intent to mean what it says, if any. */
    Optional<String> vouchingSlot() {
        return slotUse == SlotUse.MATCHED_ONLY ? Optional.of(slot) : Optional.empty();
    }

    Action action() {
        return action;
    }

    /** The table row for an intent name, if the skill serves it. */
    static Optional<ModelIntent> named(String name) {
        for (ModelIntent intent : values()) {
            if (intent.intentName.equals(name)) {
                return Optional.of(intent);
            }
        }
        return Optional.empty();
    }
}
