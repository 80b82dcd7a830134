package com.trunkreleasehelper.conversation;

/** The progress changes the engine's tests expect, by what they keep. */
final class Saves {

    private Saves() {
    }

    static ProgressChange step(String step, Urgency urgency) {
        return step(step, urgency, false);
    }

    static ProgressChange step(String step, Urgency urgency, boolean helpComing) {
        return new ProgressChange(ProgressChange.Kind.SAVE, step, new Told(urgency, helpComing, false, false, false, false, false));
    }

    static ProgressChange withoutRoadside(String step) {
        return new ProgressChange(ProgressChange.Kind.SAVE, step, Told.NOTHING.withoutRoadside());
    }

    static ProgressChange duringEmergency(String step) {
        return new ProgressChange(ProgressChange.Kind.SAVE, step, Told.NOTHING.inEmergency());
    }

    static ProgressChange calledDuringEmergency(String step) {
        return new ProgressChange(ProgressChange.Kind.SAVE, step, Told.NOTHING.emergencyCalled());
    }
}
