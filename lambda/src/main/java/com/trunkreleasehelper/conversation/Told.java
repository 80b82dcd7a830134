package com.trunkreleasehelper.conversation;

/**
 * What the driver has told that stands beyond the turn: how urgent what they named as locked inside is (it is still
 * there), whether help is on the way, whether they have no roadside cover (so no later turn sends them to it), whether
 * an emergency is under way (an emergency answer was reached and they have not said the danger is over), whether the
 * emergency services were called for it (so a driver who left before calling is asked that again, not whether the
 * danger is over), whether they have no phone to call with, and whether words were not understood that the guide has
 * not yet asked about ({@code misheard}: they may have named a child locked in, so step 2's answers and roadside help
 * are checked first). Kept in the session, saved with the step, read back in the next session. Immutable.
 */
public record Told(Urgency urgency, boolean helpComing, boolean noRoadside, boolean emergency, boolean called,
                   boolean noPhone, boolean misheard) {

    /** A driver who has told nothing of the kind. */
    public static final Told NOTHING = new Told(Urgency.NONE, false, false, false, false, false, false);

    public Told {
        urgency = urgency == null ? Urgency.NONE : urgency;
    }

    /** This, and what {@code earlier} told (in an earlier session): nothing told is forgotten. */
    Told and(Told earlier) {
        return new Told(urgency.and(earlier.urgency), helpComing || earlier.helpComing, noRoadside || earlier.noRoadside,
                emergency || earlier.emergency, called || earlier.called, noPhone || earlier.noPhone,
                misheard || earlier.misheard);
    }

    Told noting(Urgency named) {
        return new Told(urgency.and(named), helpComing, noRoadside, emergency, called, noPhone, misheard);
    }

    Told helpOnTheWay() {
        return new Told(urgency, true, noRoadside, emergency, called, noPhone, misheard);
    }

    Told withoutRoadside() {
        return new Told(urgency, helpComing, true, emergency, called, noPhone, misheard);
    }

    /** Words not understood; during an emergency the number is already the answer. */
    Told wordsMissed() {
        return emergency ? this : new Told(urgency, helpComing, noRoadside, emergency, called, noPhone, true);
    }

    /** Asked about since: the driver answered the check ("Is a person or an animal locked in…?"). */
    Told pastTheCheck() {
        return new Told(urgency, helpComing, noRoadside, emergency, called, noPhone, false);
    }

    /** The emergency answer gives the number and asks: what was missed before it is asked about. */
    Told inEmergency() {
        return new Told(urgency, helpComing, noRoadside, true, called, noPhone, false);
    }

    Told emergencyCalled() {
        return new Told(urgency, helpComing, noRoadside, true, true, noPhone, false);
    }

    /** The danger is over: a later emergency is a new one, not yet called. */
    Told emergencyOver() {
        return new Told(urgency, helpComing, noRoadside, false, false, noPhone, misheard);
    }

    Told withoutPhone() {
        return new Told(urgency, helpComing, noRoadside, emergency, called, true, misheard);
    }
}
