package com.trunkreleasehelper.conversation;

/**
 * One request to the engine. {@code argument} is what the action reads, or null: the spoken step number
 * for {@link Action#GO_TO_STEP}, the step saved in an earlier session for {@link Action#LAUNCH}.
 */
public record Command(Action action, String argument) {

    public static Command of(Action action) {
        return new Command(action, null);
    }

    public static Command launch(String savedStep) {
        return new Command(Action.LAUNCH, savedStep);
    }

    /** The argument as a small whole number, or null when it is missing or is not one. */
    Integer number() {
        String value = argument == null ? null : argument.trim();
        return value != null && value.matches("-?\\d{1,6}") ? Integer.valueOf(value) : null;
    }
}
