package com.trunkreleasehelper.conversation;

/**
 * One request to the engine. {@code stepNumber} is read only for {@link Action#GO_TO_STEP};
 * {@code savedStep} only for {@link Action#LAUNCH} (the step saved from an earlier session). Both may be null.
 */
public record Command(Action action, Integer stepNumber, String savedStep) {

    public static Command of(Action action) {
        return new Command(action, null, null);
    }

    public static Command goToStep(Integer stepNumber) {
        return new Command(Action.GO_TO_STEP, stepNumber, null);
    }

    public static Command launch(String savedStep) {
        return new Command(Action.LAUNCH, null, savedStep);
    }
}
