package com.trunkreleasehelper.conversation;

/**
 * What a turn means for progress saved across sessions: keep it, save the step now reached with what the driver has
 * told that stands, or clear it (the guide is finished or restarted). The engine decides; the adapter carries it out.
 */
public record ProgressChange(Kind kind, String step, Told told) {

    public enum Kind { KEEP, SAVE, CLEAR }

    public static final ProgressChange KEEP = new ProgressChange(Kind.KEEP, null, Told.NOTHING);
    public static final ProgressChange CLEAR = new ProgressChange(Kind.CLEAR, null, Told.NOTHING);

    /** Saves {@code step} with what the driver has told, as {@code at} knows it. */
    static ProgressChange save(String step, ConversationState at) {
        return new ProgressChange(Kind.SAVE, step, at.told());
    }
}
