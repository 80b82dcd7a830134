package com.trunkreleasehelper.conversation;

import com.trunkreleasehelper.content.Detour;
import com.trunkreleasehelper.content.Statement;

/**
 * What the driver asked for, independent of how Alexa delivered it. A detour action goes to that detour
 * from anywhere; a statement action means what the guide's shape says it means where the driver is.
 */
public enum Action {
    LAUNCH,
    START,
    START_OVER,
    YES,
    NO,
    NEXT,
    PREVIOUS,
    REPEAT,
    MORE,
    GO_TO_STEP,
    WHICH_STEP,
    CALL_HELP(Detour.CALL_HELP),
    EMERGENCY(Detour.EMERGENCY),
    WHAT_NOT_TO_DO(Detour.DO_NOT),
    WHAT_CAN_WAIT(Detour.CAN_WAIT),
    FORCE_IT(Detour.FORCE_IT),
    BATTERY(Detour.BATTERY),
    KEY_COMING(Detour.KEY_COMING),
    HOW_LONG(Detour.HOW_LONG),
    POLICE(Detour.POLICE),
    STRANDED(Detour.STRANDED),
    PANIC(Detour.CALM),
    SAFE_PLACE(Statement.SAFE_PLACE),
    UNSAFE_PLACE(Statement.UNSAFE_PLACE),
    EVERYONE_SAFE(Statement.EVERYONE_SAFE),
    STILL_INSIDE(Statement.STILL_INSIDE),
    URGENT_ITEM(Statement.URGENT_ITEM),
    NOTHING_URGENT(Statement.NOTHING_URGENT),
    OPENED(Statement.OPENED),
    STILL_STUCK(Statement.STILL_STUCK),
    HELP_COMING(Statement.HELP_COMING),
    EMERGENCY_CALLED(Statement.EMERGENCY_CALLED),
    NOT_NOW(Statement.NOT_NOW),
    NO_ROADSIDE(Statement.NO_ROADSIDE),
    NO_PHONE(Statement.NO_PHONE),
    NO_SIGNAL(Statement.NO_SIGNAL),
    NOBODY_NEAR(Statement.NOBODY_NEAR),
    HELP,
    FALLBACK,
    STOP,
    SESSION_ENDED;

    private final Detour detour;
    private final Statement statement;

    Action() {
        this(null, null);
    }

    Action(Detour detour) {
        this(detour, null);
    }

    Action(Statement statement) {
        this(null, statement);
    }

    Action(Detour detour, Statement statement) {
        this.detour = detour;
        this.statement = statement;
    }

    /** The detour this action goes to, or null. */
    Detour detour() {
        return detour;
    }

    /**
     * "What do I do", "what number", "help", "should I break the window": at the emergency answer, all are
     * answered by it (the emergency services decide about breaking in); right after a turn not understood, each
     * leads with the emergency number.
     */
    boolean asksWhatToDo() {
        return this == START || this == CALL_HELP || this == HELP || this == FORCE_IT;
    }

    /**
     * "Next", "go back", "how long will they be", "what shouldn't I do", "I'm panicking": at the emergency answers, that
     * answer again. Nothing before or after it is more pressing, and the dispatcher, not the guide, knows how long help
     * takes and whether to break in.
     */
    boolean staysAtEmergency() {
        return this == NEXT || this == PREVIOUS || this == HOW_LONG || this == WHAT_NOT_TO_DO || this == PANIC;
    }

    /**
     * "Repeat", "what do I do", "help", "which step", "more": none answers the pending question, so a turn not understood
     * before one still stands ("what?" is the usual reply to "Sorry, I didn't catch that").
     */
    boolean answersNothing() {
        return this == REPEAT || this == START || this == HELP || this == WHICH_STEP || this == MORE;
    }

    /** "What do I do", "next", "go back", "more": at a resume offer, each picks up at the saved step. */
    boolean picksUpSavedStep() {
        return this == START || this == NEXT || this == PREVIOUS || this == MORE;
    }

    /** The statement this action makes, or null. */
    Statement statement() {
        return statement;
    }
}
