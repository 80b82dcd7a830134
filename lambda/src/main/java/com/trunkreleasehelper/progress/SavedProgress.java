package com.trunkreleasehelper.progress;

import java.time.Duration;
import java.time.Instant;

/**
 * What is kept between sessions, and nothing more: the step reached (its question is the one pending),
 * the locale it was spoken in, when, how urgent what the driver said is locked inside is ({@code urgency},
 * the engine's name for it, or null when nothing was named), so a driver who comes back is not asked again
 * and, with an EpiPen inside, hears the emergency number first, whether they said help is on the way, and
 * whether they left during an emergency (someone trapped or in danger), so the next welcome leads with the number.
 */
public record SavedProgress(String step, String locale, Instant savedAt, String urgency, boolean helpComing,
                            boolean emergency) {

    /** A driver who comes back within this long is offered to pick up where they left off. */
    public static final Duration LIFETIME = Duration.ofHours(24);

    /** The stored field names, the same in every store. */
    static final String STEP = "step";
    static final String LOCALE = "locale";
    static final String SAVED_AT = "savedAt";
    static final String URGENCY = "urgency";
    static final String HELP_COMING = "helpComing";
    static final String EMERGENCY = "emergency";

    public SavedProgress(String step, String locale, Instant savedAt, String urgency, boolean helpComing) {
        this(step, locale, savedAt, urgency, helpComing, false);
    }

    public SavedProgress(String step, String locale, Instant savedAt, String urgency) {
        this(step, locale, savedAt, urgency, false);
    }

    public SavedProgress(String step, String locale, Instant savedAt) {
        this(step, locale, savedAt, null);
    }

    public Instant expiresAt() {
        return savedAt.plus(LIFETIME);
    }

    public boolean isCurrent(Instant now) {
        return now.isBefore(expiresAt());
    }
}
