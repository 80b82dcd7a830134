package com.trunkreleasehelper.conversation;

/**
 * What a turn means for progress saved across sessions: keep it, save the step now reached (with how urgent
 * what is locked inside is, whether help is on the way and whether an emergency is under way), or clear it (the
 * guide is finished or restarted). The engine decides; the adapter carries it out.
 */
public record ProgressChange(Kind kind, String step, Urgency urgency, boolean helpComing, boolean emergency) {

    public enum Kind { KEEP, SAVE, CLEAR }

    public static final ProgressChange KEEP = new ProgressChange(Kind.KEEP, null, Urgency.NONE, false, false);
    public static final ProgressChange CLEAR = new ProgressChange(Kind.CLEAR, null, Urgency.NONE, false, false);

    public static ProgressChange save(String step, Urgency urgency) {
        return save(step, urgency, false);
    }

    public static ProgressChange save(String step, Urgency urgency, boolean helpComing) {
        return new ProgressChange(Kind.SAVE, step, urgency, helpComing, false);
    }

    /** Saves {@code step} as the place to go back to, with an emergency under way. */
    public static ProgressChange saveDuringEmergency(String step, Urgency urgency, boolean helpComing) {
        return new ProgressChange(Kind.SAVE, step, urgency, helpComing, true);
    }
}
