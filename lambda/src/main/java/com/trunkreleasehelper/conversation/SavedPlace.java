package com.trunkreleasehelper.conversation;

/**
 * What this driver left in an earlier session, read when a session starts: the step reached and how urgent
 * what they named as locked inside is (it is still there).
 */
public record SavedPlace(String step, Urgency urgency) {

    public SavedPlace {
        urgency = urgency == null ? Urgency.NONE : urgency;
    }
}
