package com.trunkreleasehelper.conversation;

/**
 * What this driver left in an earlier session, read when a session starts: the step reached, how urgent
 * what they named as locked inside is (it is still there), and whether they said help is on the way.
 */
public record SavedPlace(String step, Urgency urgency, boolean helpComing) {

    public SavedPlace {
        urgency = urgency == null ? Urgency.NONE : urgency;
    }
}
