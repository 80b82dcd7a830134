package com.trunkreleasehelper.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.alexa.ModelIntent;
import com.trunkreleasehelper.testing.Envelopes;
import com.trunkreleasehelper.testing.LocalSession;

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
        this(Handlers.inMemory(), locale);
    }

    public SkillDriver(TrunkReleaseHelperHandler handler, String locale) {
        this.session = new LocalSession(handler, locale);
    }

    public AlexaResponse launch() {
        return send(Envelopes.launch());
    }

    /** Launches, then says each intent in turn; returns the last response. */
    public AlexaResponse launchAndSay(ModelIntent... intents) {
        AlexaResponse last = launch();
        for (ModelIntent intent : intents) {
            last = say(intent);
        }
        return last;
    }

    /**
     * The driver who wanders off: launch, safe, not urgent, the key did not work, and silence at step 4
     * until Alexa ends the session. Returns what step 4 said.
     */
    public static AlexaResponse stopAtStepFour(TrunkReleaseHelperHandler handler) {
        SkillDriver alexa = new SkillDriver(handler, "en-US");
        AlexaResponse step4 = alexa.launchAndSay(ModelIntent.YES, ModelIntent.NO, ModelIntent.NO);
        alexa.send(Envelopes.sessionEnded("EXCEEDED_MAX_REPROMPTS"));
        return step4;
    }

    public AlexaResponse say(ModelIntent intent) {
        return say(intent.intentName());
    }

    /** Says an intent with its slot (see {@link ModelIntent#slot()}) filled with {@code value}. */
    public AlexaResponse say(ModelIntent intent, String value) {
        return say(intent.intentName(), intent.slot().orElseThrow(), value);
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
