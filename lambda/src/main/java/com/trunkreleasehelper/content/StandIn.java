package com.trunkreleasehelper.content;

/** Why a node is said as another to this driver; each names its map in the guide's shape (node id to stand-in id). */
public enum StandIn {
    /** No roadside cover: the locksmith for step 6 and who to call, never the club. */
    NO_ROADSIDE("withoutRoadside"),
    /** No phone to call with: ask anyone nearby to call, or borrow a phone; never "call now, from your phone". */
    NO_PHONE("withoutPhone"),
    /** Something someone may need this minute (an EpiPen) locked in: while help comes, the quickest ways to it. */
    RESCUE_ITEM("withRescueItem");

    private final String key;

    StandIn(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
