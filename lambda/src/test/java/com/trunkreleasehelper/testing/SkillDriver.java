package com.trunkreleasehelper.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.local.Envelopes;
import com.trunkreleasehelper.local.LocalSession;

import java.util.Map;

/**
 * Talks to the skill through the Lambda entry point, turn by turn, the way the Alexa service does, and
 * checks every response against Alexa's rules and the voice rules.
 */
public final class SkillDriver {

    private final LocalSession session;

    public SkillDriver() {
        this("en-US");
    }

    public SkillDriver(String locale) {
        this(TrunkReleaseHelperHandler.forSkillId(null), locale);
    }

    public SkillDriver(TrunkReleaseHelperHandler handler, String locale) {
        this.session = new LocalSession(handler, locale);
    }

    public AlexaResponse launch() {
        return send(Envelopes.launch());
    }

    public AlexaResponse say(String intent) {
        return send(Envelopes.intent(intent, Map.of()));
    }

    public AlexaResponse say(String intent, String slot, String value) {
        return send(Envelopes.intent(intent, Map.of(slot, value)));
    }

    public AlexaResponse send(ObjectNode envelope) {
        AlexaResponse response = new AlexaResponse(session.send(envelope));
        ResponseChecks.assertValid(response);
        return response;
    }

    public JsonNode attributes() {
        return session.attributes();
    }

    public static AlexaResponse invoke(TrunkReleaseHelperHandler handler, JsonNode envelope) {
        return new AlexaResponse(LocalSession.invoke(handler, envelope));
    }

    public static byte[] invokeRaw(TrunkReleaseHelperHandler handler, byte[] body) {
        return LocalSession.invokeRaw(handler, body);
    }
}
