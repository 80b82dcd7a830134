package com.trunkreleasehelper.alexa;

import com.trunkreleasehelper.conversation.Action;

import java.util.Map;

/** The arguments the screen's buttons send in APL UserEvents, and the actions they stand for. */
public final class ScreenActions {

    private static final Map<Action, String> ARGUMENTS = Map.of(
            Action.NEXT, "next",
            Action.REPEAT, "repeat",
            Action.CALL_HELP, "callHelp");

    private ScreenActions() {
    }

    public static String argument(Action action) {
        return ARGUMENTS.get(action);
    }

    /** The action a button's argument stands for; anything else is a fallback. */
    static Action action(Object argument) {
        for (Map.Entry<Action, String> e : ARGUMENTS.entrySet()) {
            if (e.getValue().equals(argument)) {
                return e.getKey();
            }
        }
        return Action.FALLBACK;
    }
}
