package com.trunkreleasehelper.conversation;

/** What the driver has said is locked inside, so a later step does not ask again; ordered, least first. */
public enum Urgency {
    /** Nothing named. */
    NONE,
    /** An urgent item: medication, a medical device, safety equipment. */
    URGENT,
    /** An item someone may need this minute (an EpiPen, an inhaler, oxygen). */
    RESCUE;

    /** The urgency of that name, or null when {@code name} is none of them. */
    public static Urgency named(String name) {
        for (Urgency urgency : values()) {
            if (urgency.name().equals(name)) {
                return urgency;
            }
        }
        return null;
    }

    /** The more pressing of this and {@code other}: naming insulin after an EpiPen does not make it less urgent. */
    Urgency and(Urgency other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
