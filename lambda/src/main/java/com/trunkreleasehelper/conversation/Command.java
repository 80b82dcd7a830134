package com.trunkreleasehelper.conversation;

/** One request to the engine; {@code stepNumber} is only read for {@link Action#GO_TO_STEP} and may be null. */
public record Command(Action action, Integer stepNumber) {

    public static Command of(Action action) {
        return new Command(action, null);
    }

    public static Command goToStep(Integer stepNumber) {
        return new Command(Action.GO_TO_STEP, stepNumber);
    }
}
