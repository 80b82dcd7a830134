package com.trunkreleasehelper.conversation;

/** What the driver asked for, independent of how Alexa delivered it. */
public enum Action {
    LAUNCH,
    START,
    START_OVER,
    YES,
    NO,
    NEXT,
    PREVIOUS,
    REPEAT,
    GO_TO_STEP,
    WHICH_STEP,
    CALL_HELP,
    EMERGENCY,
    WHAT_NOT_TO_DO,
    WHAT_CAN_WAIT,
    HELP,
    FALLBACK,
    STOP,
    SESSION_ENDED
}
