package com.trunkreleasehelper.conversation;

/**
 * What a turn means for progress saved across sessions: keep it, save the step now reached, or clear it
 * (the guide is finished or restarted). The engine decides; the adapter carries it out.
 */
public record ProgressChange(Kind kind, String step) {

    public enum Kind { KEEP, SAVE, CLEAR }

    public static final ProgressChange KEEP = new ProgressChange(Kind.KEEP, null);
    public static final ProgressChange CLEAR = new ProgressChange(Kind.CLEAR, null);

    public static ProgressChange save(String step) {
        return new ProgressChange(Kind.SAVE, step);
    }
}
