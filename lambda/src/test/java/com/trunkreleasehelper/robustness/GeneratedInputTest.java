package com.trunkreleasehelper.robustness;

import com.trunkreleasehelper.testing.Handlers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.RejectedRequestException;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.alexa.ModelIntent;
import com.trunkreleasehelper.content.Guide;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.conversation.StateCodec;
import com.trunkreleasehelper.testing.Envelopes;
import com.trunkreleasehelper.testing.LocalSession;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.ProjectFiles;
import com.trunkreleasehelper.testing.ResponseChecks;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of generated requests through the Lambda entry point: random conversations from random states
 * and locales, and mutated envelopes. Each case has a seed; a failure names it, and
 * {@code -Dfuzz.seed=<seed>} replays just that case.
 */
class GeneratedInputTest {

    private static final int CONVERSATIONS = Integer.getInteger("fuzz.conversations", 400);
    private static final int TURNS = 12;
    private static final int MUTATIONS = Integer.getInteger("fuzz.mutations", 3000);
    private static final Long ONLY_SEED = Long.getLong("fuzz.seed");

    /** Every intent of the table, plus ones the models never declare. */
    private static final List<String> INTENTS = Stream.concat(Arrays.stream(ModelIntent.values()).map(ModelIntent::intentName),
            Stream.of("AMAZON.PauseIntent", "NoSuchIntent", "")).toList();
    private static final List<String> LOCALES = List.of("en-US", "en-CA", "en-GB", "en-AU", "en-IN", "es-US",
            "de-DE", "xx-YY", "", "en", "es-MX", "EN_us", "12345");
    private static final List<String> SLOT_VALUES = List.of("", "?", "-1", "0", "3", "7", "8", "99999999999999999999",
            "four", "1e9", " 5 ", "NaN", "\u0000", "<speak>");

    /** The only reasons a request is refused: it cannot be read, or it is for another skill. */
    private static final List<String> REJECTIONS = List.of("The request is not a readable Alexa request envelope.",
            "The request is for another skill ID than SKILL_ID.");

    private final TrunkReleaseHelperHandler handler = Handlers.forSkillId(null);
    private final Guides guides = new Guides();

    @Test
    void randomConversationsAlwaysGetAValidAnswerAndAContinuableState() {
        for (long seed : seeds(CONVERSATIONS)) {
            inCase(seed, () -> conversation(new Random(seed)));
        }
    }

    @Test
    void mutatedEnvelopesAreAnsweredOrRejectedClearly() throws IOException {
        List<JsonNode> originals = sampleEvents();
        for (long seed : seeds(MUTATIONS)) {
            inCase(seed, () -> mutated(new Random(seed), originals));
        }
        assertThat(LocalSession.invoke(handler, Envelopes.launch()).path("response").has("outputSpeech"))
                .as("the process stays healthy for the next request").isTrue();
    }

    private void conversation(Random random) {
        String locale = pick(random, LOCALES);
        LocalSession session = new LocalSession(handler, locale);
        switch (random.nextInt(3)) {
            case 0 -> check(session.send(Envelopes.launch()), locale);
            case 1 -> check(sendFromRandomState(session, random, locale), locale);
            default -> { }
        }
        for (int turn = 0; turn < TURNS; turn++) {
            String intent = pick(random, INTENTS);
            ObjectNode request = Envelopes.intent(intent, random.nextInt(3) == 0
                    ? Map.of(ModelIntent.GO_TO_STEP.slot().orElseThrow(), pick(random, SLOT_VALUES)) : Map.of());
            JsonNode response = random.nextInt(8) == 0
                    ? sendWithDamagedState(session, request, random, locale)
                    : session.send(request);
            check(response, locale);
        }
    }

    /** Opens a session, then continues it from a random state the skill could have written. */
    private JsonNode sendFromRandomState(LocalSession session, Random random, String locale) {
        session.send(Envelopes.launch());
        List<String> nodes = new ArrayList<>();
        guides.forLocale(locale).nodes().forEach(n -> nodes.add(n.id()));
        ObjectNode state = JsonNodeFactory.instance.objectNode().put("v", 1).put("node", pick(random, nodes))
                .put("said", "Something said before.");
        ArrayNode history = state.putArray("history");
        for (int i = random.nextInt(6); i > 0; i--) {
            history.add(pick(random, nodes));
        }
        if (random.nextInt(4) == 0) {
            state.putNull("node").put("offer", guides.forLocale(locale).step(2 + random.nextInt(6)).id());
        }
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        attributes.set(StateCodec.ATTRIBUTE, state);
        ObjectNode request = Envelopes.withLocale(Envelopes.intent(pick(random, INTENTS), Map.of()), locale);
        return LocalSession.invoke(handler, Envelopes.withAttributes(request, attributes));
    }

    /** The request carries state that Alexa would never send: damaged, foreign, or huge. */
    private JsonNode sendWithDamagedState(LocalSession session, ObjectNode request, Random random, String locale) {
        session.send(Envelopes.launch());
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        ObjectNode state = attributes.putObject(StateCodec.ATTRIBUTE);
        switch (random.nextInt(5)) {
            case 0 -> state.put("v", 99).put("node", "key");
            case 1 -> state.put("v", 1).put("node", pick(random, List.of("key", "done", "", "nowhere"))).put("history", "x");
            case 2 -> state.put("v", 1).set("history", JsonNodeFactory.instance.arrayNode().add(1).add("safe"));
            case 3 -> attributes.put("other", "x".repeat(random.nextInt(300_000)));
            default -> attributes.set(StateCodec.ATTRIBUTE, JsonNodeFactory.instance.textNode("damaged"));
        }
        Envelopes.withLocale(request, locale);
        return LocalSession.invoke(handler, Envelopes.withAttributes(request, attributes));
    }

    private void check(JsonNode json, String locale) {
        AlexaResponse response = new AlexaResponse(json);
        ResponseChecks.assertValid(response);
        if (response.sessionAttributes() != null && !response.sessionAttributes().isEmpty()) {
            Guide guide = guides.forLocale(locale);
            Map<String, Object> attributes = Envelopes.JSON.convertValue(response.sessionAttributes(), Map.class);
            assertThat(new StateCodec().fromAttributes(attributes, guide).resetReason())
                    .as("the state written back can be continued").isNull();
        }
    }

    private void mutated(Random random, List<JsonNode> originals) {
        byte[] body = mutate(random, originals.get(random.nextInt(originals.size())).deepCopy());
        try {
            JsonNode response = Envelopes.JSON.readTree(LocalSession.invokeRaw(handler, body));
            ResponseChecks.assertValid(new AlexaResponse(response));
        } catch (RejectedRequestException e) {
            assertThat(e.getMessage()).as("a rejection says why").isIn(REJECTIONS);
            assertThat(e.getStackTrace()).as("and nothing else").isEmpty();
        } catch (IOException e) {
            throw new AssertionError("the response is not JSON", e);
        }
    }

    private static byte[] mutate(Random random, JsonNode envelope) {
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            List<ObjectNode> parents = new ArrayList<>();
            collectObjects(envelope, parents);
            ObjectNode parent = pick(random, parents);
            List<String> fields = new ArrayList<>();
            parent.fieldNames().forEachRemaining(fields::add);
            if (fields.isEmpty()) {
                continue;
            }
            String field = pick(random, fields);
            switch (random.nextInt(7)) {
                case 0 -> parent.remove(field);
                case 1 -> parent.put(field, random.nextLong());
                case 2 -> parent.put(field, "x".repeat(random.nextInt(50)));
                case 3 -> parent.putNull(field);
                case 4 -> parent.putArray(field).add(1).add("two");
                case 5 -> parent.put(field, random.nextBoolean());
                default -> parent.putObject(field).put("unexpected", true);
            }
        }
        byte[] bytes = envelope.toString().getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(10)) {
            case 0 -> java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 1 -> "[1, 2, 3]".getBytes(StandardCharsets.UTF_8);
            case 2 -> "\"just a string\"".getBytes(StandardCharsets.UTF_8);
            default -> bytes;
        };
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode object) {
            into.add(object);
        }
        if (node instanceof ObjectNode || node instanceof ArrayNode) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collectObjects(it.next(), into);
            }
        }
    }

    private static List<JsonNode> sampleEvents() {
        return ProjectFiles.sampleEvents().stream().map(ProjectFiles::json).toList();
    }

    private static List<Long> seeds(int count) {
        if (ONLY_SEED != null) {
            return List.of(ONLY_SEED);
        }
        long base = Long.getLong("fuzz.base", 20261124L);
        List<Long> seeds = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            seeds.add(base + i);
        }
        return seeds;
    }

    private static void inCase(long seed, Runnable work) {
        try {
            work.run();
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("case failed; replay with -Dfuzz.seed=" + seed + ": " + e.getMessage(), e);
        }
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
