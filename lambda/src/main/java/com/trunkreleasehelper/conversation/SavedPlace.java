package com.trunkreleasehelper.conversation;

/** What this driver left in an earlier session, read when a session starts: the step reached and what they had told. */
public record SavedPlace(String step, Told told) {

    public SavedPlace {
        told = told == null ? Told.NOTHING : told;
    }
}
