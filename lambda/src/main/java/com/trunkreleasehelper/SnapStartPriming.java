package com.trunkreleasehelper;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.alexa.IntentNames;
import com.trunkreleasehelper.alexa.SkillFactory;
import com.trunkreleasehelper.alexa.SkillRuntime;
import com.trunkreleasehelper.progress.InMemoryProgressStore;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.logging.SkillLog;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Before SnapStart takes its snapshot, runs a representative conversation through the skill in every
 * locale, so the snapshot holds loaded classes, parsed guides and warmed code. The requests are fixed
 * (no IDs, clocks or randomness reach the snapshot) and the skill keeps no state between requests.
 */
public final class SnapStartPriming implements Resource {

    private static final String ENVELOPE = "priming/envelope.json";
    private static final List<String> INTENTS = List.of(IntentNames.YES, IntentNames.NO, IntentNames.NEXT,
            IntentNames.PREVIOUS, IntentNames.REPEAT, IntentNames.GO_TO_STEP, IntentNames.WHICH_STEP,
            IntentNames.CALL_HELP, IntentNames.EMERGENCY, IntentNames.WHAT_NOT_TO_DO, IntentNames.WHAT_CAN_WAIT,
            IntentNames.HELP, IntentNames.FALLBACK, IntentNames.START_OVER, IntentNames.STOP);

    private final Supplier<SkillRuntime> skill;
    private final Guides guides;
    private final String skillId;

    /** @param skillId the skill ID the skill accepts (blank for any), so the priming requests are answered */
    SnapStartPriming(Supplier<SkillRuntime> skill, Guides guides, String skillId) {
        this.skill = skill;
        this.guides = guides;
        this.skillId = skillId == null || skillId.isBlank() ? "priming" : skillId.trim();
    }

    /**
     * Priming for a function accepting {@code skillId}. It runs on a skill of its own that keeps progress
     * in memory, so no store connection or user data ever reaches the snapshot.
     */
    static SnapStartPriming forSkillId(Guides guides, String skillId) {
        // Built only when a snapshot is about to be taken, so an ordinary cold start does not pay for it.
        return new SnapStartPriming(() -> SkillFactory.build(guides, skillId, new InMemoryProgressStore()),
                guides, skillId);
    }

    /** Registers with the CRaC context; where no CRaC runtime exists this does nothing. */
    void register() {
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: the skill holds no connections, credentials or random seeds.
    }

    /** Runs the priming conversation (unlogged); returns how many requests were answered. */
    int prime() {
        return SkillLog.muted(this::answerAll);
    }

    private int answerAll() {
        SkillRuntime runtime = skill.get();
        ObjectMapper json = new ObjectMapper();
        int answered = 0;
        for (String locale : guides.supportedLocales()) {
            for (byte[] request : requests(json, locale)) {
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

    /** Every handler once: launch and each intent, on a device without and with a screen, then the rest. */
    private List<byte[]> requests(ObjectMapper json, String locale) {
        ObjectNode voice = template(json);
        ((ObjectNode) voice.get("request")).put("locale", locale);
        ((ObjectNode) voice.get("context").get("System").get("application")).put("applicationId", skillId);
        ObjectNode screen = withScreen(voice.deepCopy());
        List<byte[]> requests = new ArrayList<>();
        for (ObjectNode device : List.of(voice, screen)) {
            requests.add(bytes(request(device, "LaunchRequest")));
            for (String intent : INTENTS) {
                ObjectNode request = device.deepCopy();
                ObjectNode node = (ObjectNode) request.get("request").get("intent");
                node.put("name", intent);
                node.putObject("slots").putObject(IntentNames.STEP_NUMBER_SLOT)
                        .put("name", IntentNames.STEP_NUMBER_SLOT).put("value", "3");
                requests.add(bytes(request));
            }
        }
        ObjectNode touch = request(screen, "Alexa.Presentation.APL.UserEvent");
        ((ObjectNode) touch.get("request")).putArray("arguments").add("next");
        requests.add(bytes(touch));
        ObjectNode ended = request(voice, "SessionEndedRequest");
        ((ObjectNode) ended.get("request")).put("reason", "USER_INITIATED");
        requests.add(bytes(ended));
        requests.add(bytes(request(voice, "Display.ElementSelected")));
        return requests;
    }

    private static ObjectNode request(ObjectNode device, String type) {
        ObjectNode request = device.deepCopy();
        ((ObjectNode) request.get("request")).put("type", type).remove("intent");
        return request;
    }

    /** An Echo Show 8 as it describes itself: APL supported, a 1280 x 800 viewport. */
    private static ObjectNode withScreen(ObjectNode envelope) {
        ObjectNode context = (ObjectNode) envelope.get("context");
        ((ObjectNode) context.get("System").get("device")).putObject("supportedInterfaces")
                .putObject("Alexa.Presentation.APL").putObject("runtime").put("maxVersion", "2023.3");
        context.putObject("Viewport").put("shape", "RECTANGLE").put("pixelWidth", 1280).put("pixelHeight", 800);
        return envelope;
    }

    private static ObjectNode template(ObjectMapper json) {
        try (InputStream in = SnapStartPriming.class.getClassLoader().getResourceAsStream(ENVELOPE)) {
            if (in == null) {
                throw new IllegalStateException(ENVELOPE + " is missing from the class path");
            }
            return (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(ENVELOPE, e);
        }
    }

    private static byte[] bytes(ObjectNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
