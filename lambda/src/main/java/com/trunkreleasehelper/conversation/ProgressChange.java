package com.trunkreleasehelper.conversation;

/**
 * What a turn means for progress saved across sessions: keep it, save the step now reached (with how urgent
 * what is locked inside is, whether help is on the way, whether the driver has no roadside cover, whether an
 * emergency is under way and whether the driver has no phone), or clear it (the guide is finished or restarted). The engine decides; the adapter carries
 * it out.
 */
public record ProgressChange(Kind kind, String step, Urgency urgency, boolean helpComing, boolean emergency,
                             boolean noRoadside, boolean noPhone) {

    public enum Kind { KEEP, SAVE, CLEAR }

    public static final ProgressChange KEEP = new ProgressChange(Kind.KEEP, null, Urgency.NONE, false, false, false, false);
    public static final ProgressChange CLEAR = new ProgressChange(Kind.CLEAR, null, Urgency.NONE, false, false, false, false);

    /** Saves {@code step} with what the driver has told that still stands in {@code told}. */
    static ProgressChange save(String step, ConversationState told) {
        return new ProgressChange(Kind.SAVE, step, told.urgency(), told.helpComing(), told.emergency(), told.noRoadside(),
                told.noPhone());
    }
}
