package com.trunkreleasehelper.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The IntentRequest Alexa sends for a resolved utterance: every slot the intent declares, filled ones
 * with the value heard, and custom values with entity resolution (ER_SUCCESS_MATCH, the value's id and
 * name) under the authority Alexa names after the skill ID and the slot type.
 */
public final class IntentEnvelope {

    static final String AUTHORITY_PREFIX = "amzn1.er-authority.echo-sdk.";
    static final String SUCCESS_MATCH = "ER_SUCCESS_MATCH";
    static final String NO_MATCH = "ER_SUCCESS_NO_MATCH";

    private IntentEnvelope() {
    }

    public static ObjectNode of(StrictUtterances.Understood understood) {
        Map<String, String> values = new LinkedHashMap<>();
        understood.slots().forEach(slot -> values.put(slot.name(), slot.value()));
        ObjectNode envelope = Envelopes.intent(understood.intent(), values);
        String skillId = envelope.path("session").path("application").path("applicationId").asText();
        ObjectNode slots = (ObjectNode) envelope.path("request").path("intent").path("slots");
        for (StrictUtterances.SlotValue slot : understood.slots()) {
            if (slot.filled()) {
                ObjectNode node = (ObjectNode) slots.get(slot.name());
                node.put("source", "USER");
                if (slot.id() != null) {
                    resolve(node, AUTHORITY_PREFIX + skillId + "." + slot.type(), slot);
                }
            }
        }
        return envelope;
    }

    /**
     * The IntentRequest Alexa sends when the words in a custom slot are none of its type's values (custom types are
     * not strict): the words as heard, and ER_SUCCESS_NO_MATCH.
     */
    public static ObjectNode unmatched(String intent, String slot, String type, String words) {
        ObjectNode envelope = Envelopes.intent(intent, Map.of(slot, words));
        String skillId = envelope.path("session").path("application").path("applicationId").asText();
        ObjectNode node = (ObjectNode) envelope.path("request").path("intent").path("slots").get(slot);
        node.put("source", "USER");
        node.putObject("resolutions").putArray("resolutionsPerAuthority").addObject()
                .put("authority", AUTHORITY_PREFIX + skillId + "." + type).putObject("status").put("code", NO_MATCH);
        return envelope;
    }

    private static void resolve(ObjectNode slot, String authority, StrictUtterances.SlotValue value) {
        ObjectNode resolution = slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
        resolution.put("authority", authority);
        resolution.putObject("status").put("code", SUCCESS_MATCH);
        resolution.putArray("values").addObject().putObject("value")
                .put("name", value.canonical()).put("id", value.id());
    }
}
