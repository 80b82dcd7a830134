package com.trunkreleasehelper.alexa;

import com.trunkreleasehelper.conversation.Action;

import java.util.Map;

/** Who to call, and the emergency: answered at once from any point in the conversation. */
final class CallHelpHandler extends IntentFamilyHandler {

    CallHelpHandler(EngineTurns turns) {
        super(turns, Map.of(IntentNames.CALL_HELP, Action.CALL_HELP, IntentNames.EMERGENCY, Action.EMERGENCY));
    }
}
