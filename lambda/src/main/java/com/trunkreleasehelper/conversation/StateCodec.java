package com.trunkreleasehelper.conversation;

import com.trunkreleasehelper.content.Guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns {@link ConversationState} into session attributes and back. Reading never throws: anything
 * missing, of another version, or damaged gives a fresh state and the reason, for the log.
 */
public final class StateCodec {

    /** The one session attribute this skill owns. */
    public static final String ATTRIBUTE = "trunkReleaseHelper";
    /** Longest "last thing said" kept; Alexa speech is capped at 8,000 characters anyway. */
    public static final int MAX_SAID = 8_000;

    private static final String VERSION = "v";
    private static final String NODE = "node";
    private static final String HISTORY = "history";
    private static final String SAID = "said";
    private static final String OFFER = "offer";
    private static final String MISSES = "misses";
    private static final String URGENCY = "urgency";
    private static final String HELP_COMING = "helpComing";
    private static final String NO_ROADSIDE = "noRoadside";
    private static final String EMERGENCY = "emergency";
    private static final String CALLED = "called";
    private static final String NO_PHONE = "noPhone";
    private static final String MISHEARD = "misheard";
    /** More misses than this in a row are stored as this many: the re-asks cycle anyway. */
    private static final int MAX_MISSES = 99;

    /** A decoded state, with why it was reset ({@code null} when it was read as stored). */
    public record Decoded(ConversationState state, String resetReason) {
        static Decoded reset(String reason) {
            return new Decoded(ConversationState.fresh(), reason);
        }
    }

    public Map<String, Object> toAttributes(ConversationState state) {
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put(VERSION, ConversationState.VERSION);
        stored.put(NODE, state.node());
        stored.put(HISTORY, state.history());
        stored.put(SAID, state.said());
        if (state.offer() != null) {
            stored.put(OFFER, state.offer());
        }
        if (state.misses() > 0) {
            stored.put(MISSES, Math.min(state.misses(), MAX_MISSES));
        }
        if (state.urgency() != Urgency.NONE) {
            stored.put(URGENCY, state.urgency().name());
        }
        storeFlag(stored, HELP_COMING, state.helpComing());
        storeFlag(stored, NO_ROADSIDE, state.noRoadside());
        storeFlag(stored, EMERGENCY, state.emergency());
        storeFlag(stored, CALLED, state.called());
        storeFlag(stored, NO_PHONE, state.noPhone());
        storeFlag(stored, MISHEARD, state.misheard());
        return Map.of(ATTRIBUTE, stored);
    }

    public Decoded fromAttributes(Map<String, Object> attributes, Guide guide) {
        Object stored = attributes == null ? null : attributes.get(ATTRIBUTE);
        if (stored == null) {
            return Decoded.reset("no saved state");
        }
        if (!(stored instanceof Map<?, ?> map)) {
            return Decoded.reset("saved state is not an object");
        }
        if (!(map.get(VERSION) instanceof Number v) || v.doubleValue() != ConversationState.VERSION) {
            return Decoded.reset("saved state has an unknown version");
        }
        Object node = map.get(NODE);
        if (node != null && !(node instanceof String id && guide.hasNode(id))) {
            return Decoded.reset("saved state names an unknown step");
        }
        List<String> history = history(map.get(HISTORY), guide);
        if (history == null) {
            return Decoded.reset("saved history is damaged");
        }
        Object said = map.get(SAID);
        if (said != null && !(said instanceof String text && text.length() <= MAX_SAID)) {
            return Decoded.reset("saved speech is damaged");
        }
        Object offer = map.get(OFFER);
        if (offer != null && !(offer instanceof String id && guide.hasNode(id) && guide.node(id).isStep())) {
            return Decoded.reset("saved resume offer names an unknown step");
        }
        Object misses = map.get(MISSES);
        if (misses != null && !(misses instanceof Integer count && count >= 0 && count <= MAX_MISSES)) {
            return Decoded.reset("saved miss count is damaged");
        }
        Urgency urgency = urgency(map.get(URGENCY));
        if (urgency == null) {
            return Decoded.reset("saved urgency is damaged");
        }
        Boolean helpComing = storedFlag(map, HELP_COMING);
        Boolean noRoadside = storedFlag(map, NO_ROADSIDE);
        Boolean emergency = storedFlag(map, EMERGENCY);
        Boolean called = storedFlag(map, CALLED);
        Boolean noPhone = storedFlag(map, NO_PHONE);
        Boolean misheard = storedFlag(map, MISHEARD);
        String damaged = helpComing == null ? "help on the way" : noRoadside == null ? "no roadside cover"
                : emergency == null ? "emergency under way" : called == null ? "emergency called"
                : noPhone == null ? "no phone" : misheard == null ? "words not understood" : null;
        if (damaged != null) {
            return Decoded.reset("saved " + damaged + " is damaged");
        }
        Told told = new Told(urgency, helpComing, noRoadside, emergency, called, noPhone, misheard);
        return new Decoded(new ConversationState((String) node, history, (String) said, (String) offer,
                misses == null ? 0 : (Integer) misses, told), null);
    }

    /** A flag is stored only when set. */
    private static void storeFlag(Map<String, Object> stored, String name, boolean set) {
        if (set) {
            stored.put(name, true);
        }
    }

    /** Absent (stored before it existed) is not set; anything but a boolean is null. */
    private static Boolean storedFlag(Map<?, ?> map, String name) {
        Object value = map.get(name);
        return value == null ? Boolean.FALSE : value instanceof Boolean set ? set : null;
    }

    /** Absent (stored before it existed, or nothing named) is none; an unknown name is null. */
    private static Urgency urgency(Object value) {
        if (value == null) {
            return Urgency.NONE;
        }
        return value instanceof String name ? Urgency.named(name) : null;
    }

    private static List<String> history(Object value, Guide guide) {
        if (!(value instanceof List<?> list) || list.size() > ConversationState.MAX_HISTORY) {
            return null;
        }
        List<String> history = new ArrayList<>(list.size());
        for (Object item : list) {
            if (!(item instanceof String id && guide.hasNode(id))) {
                return null;
            }
            history.add(id);
        }
        return history;
    }
}
