package com.trunkreleasehelper.conversation;

/**
 * One request to the engine. {@code argument} is what the action reads, or null (the spoken step number
 * for {@link Action#GO_TO_STEP}); {@code saved} is what this driver left in an earlier session, read when
 * a session starts (null when nothing, or mid-session).
 */
public record Command(Action action, String argument, SavedPlace saved) {

    public Command(Action action, String argument) {
        this(action, argument, null);
    }

    public static Command of(Action action) {
        return new Command(action, null, null);
    }

    public static Command launch(String savedStep) {
        return Command.of(Action.LAUNCH).startingSession(savedStep);
    }

    /** This command as the first of a session, for a driver who saved {@code step} earlier (may be null). */
    public Command startingSession(String step) {
        return startingSession(step == null ? null : new SavedPlace(step, Told.NOTHING));
    }

    /** This command as the first of a session, for a driver who left {@code place} earlier (may be null). */
    public Command startingSession(SavedPlace place) {
        return new Command(action, argument, place);
    }

    /** The step saved in an earlier session, or null. */
    String savedStep() {
        return saved == null ? null : saved.step();
    }

    /** True when this driver left an earlier session during an emergency. */
    boolean emergencyLeft() {
        return saved != null && saved.told().emergency();
    }

    /** The argument as a small whole number, or null when it is missing or is not one. */
    Integer number() {
        String value = argument == null ? null : argument.trim();
        return value != null && value.matches("-?\\d{1,6}") ? Integer.valueOf(value) : null;
    }
}
