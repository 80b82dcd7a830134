package com.trunkreleasehelper.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What is kept between sessions, and nothing more: the step reached (its question is the one pending),
 * the locale it was spoken in, when, how urgent what the driver said is locked inside is ({@code urgency},
 * the engine's name for it, or null when nothing was named), so a driver who comes back is not asked again
 * and, with an EpiPen inside, hears the emergency number first, whether they said help is on the way,
 * whether they left during an emergency (someone trapped or in danger), so the next welcome leads with the number,
 * whether they said they have no roadside cover, whether they said they have no phone to call with, and whether the
 * emergency services were called for the emergency under way, so a driver who left before calling is asked that again,
 * and whether words were not understood and not yet asked about, so step 2's answers and roadside help are checked first.
 */
public record SavedProgress(String step, String locale, Instant savedAt, String urgency, boolean helpComing,
                            boolean emergency, boolean noRoadside, boolean noPhone, boolean called, boolean misheard) {

    /** A driver who comes back within this long is offered to pick up where they left off. */
    public static final Duration LIFETIME = Duration.ofHours(24);

    /** The stored field names, the same in every store. */
    static final String STEP = "step";
    static final String LOCALE = "locale";
    static final String SAVED_AT = "savedAt";
    static final String URGENCY = "urgency";
    static final String HELP_COMING = "helpComing";
    static final String EMERGENCY = "emergency";
    static final String NO_ROADSIDE = "noRoadside";
    static final String NO_PHONE = "noPhone";
    static final String CALLED = "called";
    static final String MISHEARD = "misheard";

    public SavedProgress(String step, String locale, Instant savedAt, String urgency, boolean helpComing,
                         boolean emergency, boolean noRoadside, boolean noPhone, boolean called) {
        this(step, locale, savedAt, urgency, helpComing, emergency, noRoadside, noPhone, called, false);
    }

    public SavedProgress(String step, String locale, Instant savedAt, String urgency, boolean helpComing,
                         boolean emergency, boolean noRoadside, boolean noPhone) {
        this(step, locale, savedAt, urgency, helpComing, emergency, noRoadside, noPhone, false);
    }

    public SavedProgress(String step, String locale, Instant savedAt, String urgency, boolean helpComing,
                         boolean emergency, boolean noRoadside) {
        this(step, locale, savedAt, urgency, helpComing, emergency, noRoadside, false);
    }

    public SavedProgress(String step, String locale, Instant savedAt, String urgency, boolean helpComing) {
        this(step, locale, savedAt, urgency, helpComing, false, false);
    }

    public SavedProgress(String step, String locale, Instant savedAt, String urgency) {
        this(step, locale, savedAt, urgency, false);
    }

    public SavedProgress(String step, String locale, Instant savedAt) {
        this(step, locale, savedAt, null);
    }

    /** Read back from a store that keeps a flag only when it is set ({@code isSet} tells, by stored name). */
    static SavedProgress read(String step, String locale, Instant savedAt, String urgency, Predicate<String> isSet) {
        return new SavedProgress(step, locale, savedAt, urgency, isSet.test(HELP_COMING), isSet.test(EMERGENCY),
                isSet.test(NO_ROADSIDE), isSet.test(NO_PHONE), isSet.test(CALLED), isSet.test(MISHEARD));
    }

    /** The stored names of the flags that are set; a store keeps only these. */
    List<String> flagsSet() {
        List<String> set = new ArrayList<>();
        if (helpComing) {
            set.add(HELP_COMING);
        }
        if (emergency) {
            set.add(EMERGENCY);
        }
        if (noRoadside) {
            set.add(NO_ROADSIDE);
        }
        if (noPhone) {
            set.add(NO_PHONE);
        }
        if (called) {
            set.add(CALLED);
        }
        if (misheard) {
            set.add(MISHEARD);
        }
        return set;
    }

    public Instant expiresAt() {
        return savedAt.plus(LIFETIME);
    }

    public boolean isCurrent(Instant now) {
        return now.isBefore(expiresAt());
    }
}
