package com.trunkreleasehelper.conversation;

/**
 * What a turn means for progress saved across sessions: keep it, save the step now reached (with how urgent
 * what is locked inside is), or clear it (the guide is finished or restarted). The engine decides; the adapter
 * carries it out.
 */
public record ProgressChange(Kind kind, String step, Urgency urgency) {

    public enum Kind { KEEP, SAVE, CLEAR }

    public static final ProgressChange KEEP = new ProgressChange(Kind.KEEP, null, Urgency.NONE);
    public static final ProgressChange CLEAR = new ProgressChange(Kind.CLEAR, null, Urgency.NONE);

    public static ProgressChange save(String step, Urgency urgency) {
        return new ProgressChange(Kind.SAVE, step, urgency);
    }
}
