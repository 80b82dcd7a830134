package com.trunkreleasehelper.alexa;

/** The skill's own intent and slot names; the interaction models must declare exactly these. */
public final class IntentNames {

    public static final String START_GUIDE = "StartGuideIntent";
    public static final String CALL_HELP = "CallHelpIntent";
    public static final String EMERGENCY = "EmergencyIntent";
    public static final String GO_TO_STEP = "GoToStepIntent";
    public static final String WHICH_STEP = "WhichStepIntent";
    public static final String WHAT_NOT_TO_DO = "WhatNotToDoIntent";
    public static final String WHAT_CAN_WAIT = "WhatCanWaitIntent";
    public static final String STEP_NUMBER_SLOT = "stepNumber";

    public static final String YES = "AMAZON.YesIntent";
    public static final String NO = "AMAZON.NoIntent";
    public static final String NEXT = "AMAZON.NextIntent";
    public static final String PREVIOUS = "AMAZON.PreviousIntent";
    public static final String REPEAT = "AMAZON.RepeatIntent";
    public static final String START_OVER = "AMAZON.StartOverIntent";
    public static final String HELP = "AMAZON.HelpIntent";
    public static final String FALLBACK = "AMAZON.FallbackIntent";
    public static final String STOP = "AMAZON.StopIntent";
    public static final String CANCEL = "AMAZON.CancelIntent";
    public static final String NAVIGATE_HOME = "AMAZON.NavigateHomeIntent";

    private IntentNames() {
    }
}
