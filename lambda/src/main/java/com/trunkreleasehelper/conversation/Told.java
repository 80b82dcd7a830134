package com.trunkreleasehelper.conversation;

/**
 * What the driver has told that stands beyond the turn: how urgent what they named as locked inside is (it is still
 * there), whether help is on the way, whether they have no roadside cover (so no later turn sends them to it), whether
 * an emergency is under way (an emergency answer was reached and they have not said the danger is over), whether the
 * emergency services were called for it (so a driver who left before calling is asked that again, not whether the
 * danger is over) and whether they have no phone to call with. Kept in the session, saved with the step, read back in
 * the next session. Immutable.
 */
public record Told(Urgency urgency, boolean helpComing, boolean noRoadside, boolean emergency, boolean called,
                   boolean noPhone) {

    /** A driver who has told nothing of the kind. */
    public static final Told NOTHING = new Told(Urgency.NONE, false, false, false, false, false);

    public Told {
        urgency = urgency == null ? Urgency.NONE : urgency;
    }

    /** This, and what {@code earlier} told (in an earlier session): nothing told is forgotten. */
    Told and(Told earlier) {
        return new Told(urgency.and(earlier.urgency), helpComing || earlier.helpComing, noRoadside || earlier.noRoadside,
                emergency || earlier.emergency, called || earlier.called, noPhone || earlier.noPhone);
    }

    Told noting(Urgency named) {
        return new Told(urgency.and(named), helpComing, noRoadside, emergency, called, noPhone);
    }

    Told helpOnTheWay() {
        return new Told(urgency, true, noRoadside, emergency, called, noPhone);
    }

    Told withoutRoadside() {
        return new Told(urgency, helpComing, true, emergency, called, noPhone);
    }

    Told inEmergency() {
        return new Told(urgency, helpComing, noRoadside, true, called, noPhone);
    }

    Told emergencyCalled() {
        return new Told(urgency, helpComing, noRoadside, true, true, noPhone);
    }

    /** The danger is over: a later emergency is a new one, not yet called. */
    Told emergencyOver() {
        return new Told(urgency, helpComing, noRoadside, false, false, noPhone);
    }

    Told withoutPhone() {
        return new Told(urgency, helpComing, noRoadside, emergency, called, true);
    }
}
