package com.trunkreleasehelper.alexa;

import com.trunkreleasehelper.conversation.Action;

import java.util.Map;

/** What not to do, what can wait, and what can be said here. */
final class InformationHandler extends IntentFamilyHandler {

    InformationHandler(EngineTurns turns) {
        super(turns, Map.of(
                IntentNames.WHAT_NOT_TO_DO, Action.WHAT_NOT_TO_DO,
                IntentNames.WHAT_CAN_WAIT, Action.WHAT_CAN_WAIT,
                IntentNames.HELP, Action.HELP));
    }
}
