package com.trunkreleasehelper.content;

/**
 * What a driver says that is not a command but may answer the pending question: "I'm on the on-ramp",
 * "my insulin is in there", "it opened", "the ambulance is coming". The guide's shape says what each means at
 * each node; where it answers nothing, it is noted.
 */
public enum Statement {
    SAFE_PLACE,
    UNSAFE_PLACE,
    EVERYONE_SAFE,
    /** "No, she's still in there": someone is still trapped; while help comes, a no to "is everyone out and safe?". */
    STILL_INSIDE,
    URGENT_ITEM,
    NOTHING_URGENT,
    OPENED,
    STILL_STUCK,
    /** Help on the way, no helper named ("I called them", "the ambulance is coming"). */
    HELP_COMING,
    /** Roadside help, a tow truck or a locksmith on the way ("I called triple a"): never the emergency call. */
    ROADSIDE_COMING,
    /** "Not now", "maybe later", "hang on": the driver has to stop for now. */
    NOT_NOW,
    /** No roadside cover, or it cannot come soon ("I don't have triple a", "they said two hours"): the guide's locksmith. */
    NO_ROADSIDE,
    /**
     * The emergency services called or coming ("I called 911", "the ambulance is on the way"), wherever it is said:
     * what to do while they come, never the steps or roadside help as if nothing had happened.
     */
    EMERGENCY_CALLED,
    /** No phone to call with ("I can't find my phone", "my phone is in the trunk"): someone nearby calls. */
    NO_PHONE,
    /**
     * Nobody near to ask ("there's nobody around", "I'm on my own"), at the no-phone answers or the emergency answer: how
     * to find someone to call, never "ask anyone nearby" again.
     */
    NOBODY_NEAR,
    /** No signal to call with ("there's no signal here", "no service"): the emergency number still tries any network. */
    NO_SIGNAL,
    /** A phone running out while someone is in danger ("my phone is dying", "my phone is dead"): call now, if it still can. */
    PHONE_DYING
}
