package com.trunkreleasehelper.alexa;

import com.trunkreleasehelper.conversation.Action;

import java.util.Map;

/** Yes and no: the answers to the pending question. */
final class AnswerHandler extends IntentFamilyHandler {

    AnswerHandler(EngineTurns turns) {
        super(turns, Map.of(IntentNames.YES, Action.YES, IntentNames.NO, Action.NO));
    }
}
