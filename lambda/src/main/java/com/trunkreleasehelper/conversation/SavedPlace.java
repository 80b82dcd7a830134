package com.trunkreleasehelper.conversation;

/**
 * What this driver left in an earlier session, read when a session starts: the step reached, how urgent
 * what they named as locked inside is (it is still there), whether they said help is on the way, whether
 * they left during an emergency, and whether they said they have no roadside cover.
 */
public record SavedPlace(String step, Urgency urgency, boolean helpComing, boolean emergency, boolean noRoadside,
                         boolean noPhone) {

    public SavedPlace {
        urgency = urgency == null ? Urgency.NONE : urgency;
    }

    public SavedPlace(String step, Urgency urgency, boolean helpComing, boolean emergency) {
        this(step, urgency, helpComing, emergency, false, false);
    }
}
