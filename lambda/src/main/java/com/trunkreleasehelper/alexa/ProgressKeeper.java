package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.User;
import com.amazonaws.services.lambda.runtime.Context;
import com.trunkreleasehelper.conversation.ProgressChange;
import com.trunkreleasehelper.conversation.SavedPlace;
import com.trunkreleasehelper.conversation.Told;
import com.trunkreleasehelper.conversation.Urgency;
import com.trunkreleasehelper.progress.ResilientProgressStore;
import com.trunkreleasehelper.progress.SavedProgress;
import com.trunkreleasehelper.progress.StoreDeadline;
import com.trunkreleasehelper.progress.UserKey;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Reads the saved step at launch and carries out the engine's {@link ProgressChange} after each turn. */
final class ProgressKeeper {

    /** Used when there is no Lambda context (never in Lambda): Alexa's own limit. */
    private static final int ALEXA_TIMEOUT_MILLIS = 8_000;

    private final ResilientProgressStore store;
    private final Clock clock;

    ProgressKeeper(ResilientProgressStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What this user saved within the last 24 hours, or null. */
    SavedPlace saved(HandlerInput input, StoreDeadline deadline) {
        Instant now = clock.instant();
        return userKey(input)
                .flatMap(key -> store.load(key, deadline))
                .filter(p -> p.isCurrent(now))
                .map(p -> new SavedPlace(p.step(), new Told(urgency(p.urgency()), p.helpComing(), p.noRoadside(),
                        p.emergency(), p.called(), p.noPhone(), p.misheard())))
                .orElse(null);
    }

    /** A stored urgency by name; none when absent or not one this version knows (it may be older or newer). */
    private static Urgency urgency(String name) {
        Urgency named = Urgency.named(name);
        return named == null ? Urgency.NONE : named;
    }

    void apply(HandlerInput input, String locale, ProgressChange change, StoreDeadline deadline) {
        if (change.kind() == ProgressChange.Kind.KEEP) {
            return;
        }
        userKey(input).ifPresent(key -> {
            if (change.kind() == ProgressChange.Kind.SAVE) {
                Told told = change.told();
                String urgency = told.urgency() == Urgency.NONE ? null : told.urgency().name();
                store.save(key, new SavedProgress(change.step(), locale, clock.instant(), urgency, told.helpComing(),
                        told.emergency(), told.noRoadside(), told.noPhone(), told.called(), told.misheard()), deadline);
            } else {
                store.clear(key, deadline);
            }
        });
    }

    private static Optional<String> userKey(HandlerInput input) {
        var system = input.getRequestEnvelope().getContext() == null ? null
                : input.getRequestEnvelope().getContext().getSystem();
        User user = system == null ? null : system.getUser();
        String id = user == null ? null : user.getUserId();
        return id == null || id.isBlank() ? Optional.empty() : Optional.of(UserKey.of(id));
    }

    /** The turn's one deadline for all its store I/O, from the time Alexa has left. */
    static StoreDeadline deadline(HandlerInput input) {
        return StoreDeadline.forTurn(input.getContext() instanceof Context lambda
                ? lambda.getRemainingTimeInMillis() : ALEXA_TIMEOUT_MILLIS);
    }
}
