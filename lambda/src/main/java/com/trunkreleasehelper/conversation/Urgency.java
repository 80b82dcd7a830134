package com.trunkreleasehelper.conversation;

/** What the driver has said is locked inside, so a later step does not ask again; ordered, least first. */
public enum Urgency {
    /** Nothing named. */
    NONE,
    /** An urgent item: medication, a medical device, safety equipment. */
    URGENT,
    /** An item someone may need this minute (an EpiPen, an inhaler, oxygen). */
    RESCUE;

    /** The more pressing of this and {@code other}: naming insulin after an EpiPen does not make it less urgent. */
    Urgency and(Urgency other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
