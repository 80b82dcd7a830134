package com.trunkreleasehelper;

import com.trunkreleasehelper.alexa.ModelIntent;
import com.trunkreleasehelper.alexa.ScreenActions;
import com.trunkreleasehelper.conversation.Action;
import com.trunkreleasehelper.alexa.SkillFactory;
import com.trunkreleasehelper.alexa.SkillRuntime;
import com.trunkreleasehelper.progress.DynamoDbPriming;
import com.trunkreleasehelper.progress.InMemoryProgressStore;
import com.trunkreleasehelper.progress.OwnTablePriming;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.json.Json;
import com.trunkreleasehelper.logging.SkillLog;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Before SnapStart takes its snapshot, runs a representative conversation through the skill in every
 * locale, so the snapshot holds loaded classes, parsed guides and warmed code. The requests are fixed
 * (no IDs, clocks or randomness reach the snapshot) and the skill keeps no state between requests. Then
 * it primes the DynamoDB store's path: on a loopback server, then with one real call to the function's own
 * table, the only network call before the snapshot.
 */
public final class SnapStartPriming implements Resource {

    private static final String ENVELOPE = "priming/envelope.json";
    /** A number every step-number slot can take, so the slot path is primed too. */
    private static final String SLOT_VALUE = "3";

    private final Supplier<SkillRuntime> skill;
    private final Guides guides;
    private final String skillId;
    private final Map<String, String> env;
    private final SkillLog log;

    /** @param skillId the skill ID the skill accepts (blank for any), so the priming requests are answered */
    private SnapStartPriming(Supplier<SkillRuntime> skill, Guides guides, String skillId, Map<String, String> env, SkillLog log) {
        this.skill = skill;
        this.guides = guides;
        this.skillId = skillId == null || skillId.isBlank() ? "priming" : skillId.trim();
        this.env = env;
        this.log = log;
    }

    /**
     * Priming for the function {@code env} configures. The conversation runs on a skill of its own that keeps
     * progress in memory, so no user's data ever reaches the snapshot; the store's path is primed by
     * {@link DynamoDbPriming} and {@link OwnTablePriming}, which leave no connection open.
     */
    static SnapStartPriming forEnvironment(Guides guides, Map<String, String> env, SkillLog log) {
        String skillId = env.get(FunctionEnvironment.SKILL_ID);
        // Built only when a snapshot is about to be taken, so an ordinary cold start does not pay for it.
        return new SnapStartPriming(() -> SkillFactory.build(guides, skillId, new InMemoryProgressStore(), log),
                guides, skillId, env, log);
    }

    /** Registers with the CRaC context; where no CRaC runtime exists this does nothing. */
    void register() {
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
        DynamoDbPriming.prime();
        OwnTablePriming.prime(env);
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: the skill holds no connections, credentials or random seeds, and priming left none.
    }

    /** Runs the priming conversation (unlogged); returns how many requests were answered. */
    int prime() {
        return log.muted(this::answerAll);
    }

    private int answerAll() {
        SkillRuntime runtime = skill.get();
        byte[] template = template();
        int answered = 0;
        for (String locale : guides.supportedLocales()) {
            for (byte[] request : requests(template, locale)) {
                if (answer(runtime, request)) {
                    answered++;
                }
            }
        }
        return answered;
    }

    private static boolean answer(SkillRuntime runtime, byte[] request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            runtime.handle(request, null, out);
            return out.size() > 0;
        } catch (SkillRuntime.RejectedException | IOException e) {
            return false;
        }
    }

    /**
     * Every handler once: launch and each intent, on a device without and with a screen, then a touch, a
     * can-fulfill question, a screen error, a session end and an unknown request type.
     */
    private List<byte[]> requests(byte[] template, String locale) {
        List<byte[]> requests = new ArrayList<>();
        for (boolean screen : new boolean[]{false, true}) {
            requests.add(Json.bytes(request(template, locale, screen, "LaunchRequest")));
            for (ModelIntent intent : ModelIntent.values()) {
                requests.add(Json.bytes(intentRequest(template, locale, screen, intent)));
            }
        }
        Map<String, Object> touch = request(template, locale, true, "Alexa.Presentation.APL.UserEvent");
        Json.object(touch, "request").put("arguments", List.of(ScreenActions.argument(Action.NEXT)));
        requests.add(Json.bytes(touch));
        Map<String, Object> canFulfill = request(template, locale, false, "CanFulfillIntentRequest");
        Json.object(canFulfill, "request").put("intent", Map.of("name", ModelIntent.START_GUIDE.intentName(), "slots", Map.of()));
        requests.add(Json.bytes(canFulfill));
        Map<String, Object> screenError = request(template, locale, true, "Alexa.Presentation.APL.RuntimeError");
        Json.object(screenError, "request").put("errors", List.of(Map.of("type", "LIST_ERROR", "reason", "INVALID_LIST_ID")));
        requests.add(Json.bytes(screenError));
        Map<String, Object> ended = request(template, locale, false, "SessionEndedRequest");
        Json.object(ended, "request").put("reason", "USER_INITIATED");
        requests.add(Json.bytes(ended));
        requests.add(Json.bytes(request(template, locale, false, "Display.ElementSelected")));
        return requests;
    }

    private Map<String, Object> intentRequest(byte[] template, String locale, boolean screen, ModelIntent intent) {
        Map<String, Object> request = request(template, locale, screen, "IntentRequest");
        Map<String, Object> slots = new LinkedHashMap<>();
        intent.slot().ifPresent(name -> slots.put(name, new LinkedHashMap<>(Map.of("name", name, "value", SLOT_VALUE))));
        Json.object(request, "request").put("intent", Map.of("name", intent.intentName(), "slots", slots));
        return request;
    }

    /** A fresh copy of the template for this locale and request type, as a voice-only device or an Echo Show 8. */
    private Map<String, Object> request(byte[] template, String locale, boolean screen, String type) {
        Map<String, Object> envelope;
        try {
            envelope = Json.object(Json.parse(template));
        } catch (IOException e) {
            throw new UncheckedIOException(ENVELOPE, e);
        }
        Map<String, Object> request = Json.object(envelope, "request");
        request.put("type", type);
        request.put("locale", locale);
        request.remove("intent");
        Map<String, Object> context = Json.object(envelope, "context");
        Json.path(context, "System", "application").put("applicationId", skillId);
        if (screen) {
            Json.path(context, "System", "device").put("supportedInterfaces",
                    Map.of("Alexa.Presentation.APL", Map.of("runtime", Map.of("maxVersion", "2023.3"))));
            context.put("Viewport", Map.of("shape", "RECTANGLE", "pixelWidth", 1280, "pixelHeight", 800));
        }
        return envelope;
    }

    private static byte[] template() {
        try (InputStream in = SnapStartPriming.class.getClassLoader().getResourceAsStream(ENVELOPE)) {
            if (in == null) {
                throw new IllegalStateException(ENVELOPE + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(ENVELOPE, e);
        }
    }
}
