package com.trunkreleasehelper.alexa;

import com.trunkreleasehelper.conversation.Action;

import java.util.Map;

/** Stop, cancel and navigate home: a one-line goodbye with a safety reminder. */
final class GoodbyeHandler extends IntentFamilyHandler {

    GoodbyeHandler(EngineTurns turns) {
        super(turns, Map.of(
                IntentNames.STOP, Action.STOP,
                IntentNames.CANCEL, Action.STOP,
                IntentNames.NAVIGATE_HOME, Action.STOP));
    }
}
