package com.trunkreleasehelper.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.conversation.StateCodec;
import com.trunkreleasehelper.progress.ProgressStore;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.Envelopes;
import com.trunkreleasehelper.testing.LocalContext;
import com.trunkreleasehelper.testing.LogLines;
import com.trunkreleasehelper.testing.ResponseChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

/** Requests the Alexa service sends on its own: can-fulfill questions and a screen's runtime errors. */
@ExtendWith(MockitoExtension.class)
class PlatformRequestsTest {

    @Mock
    ProgressStore store;

    private final LogLines logs = new LogLines();

    @ParameterizedTest(name = "{0} {1}={2} is {3}")
    @CsvSource({"StartGuideIntent, , , YES", "CallHelpIntent, , , YES", "EmergencyIntent, , , YES",
            "GoToStepIntent, stepNumber, 4, YES", "GoToStepIntent, stepNumber, 12, NO",
            "AMAZON.YesIntent, , , NO", "AMAZON.StopIntent, , , NO", "PlayMusicIntent, , , NO", "HelpComingIntent, , , NO", "EmergencyCalledIntent, , , NO",
            "NotNowIntent, , , NO", "NoRoadsideIntent, , , NO", "NoPhoneIntent, , , NO", "NoSignalIntent, , , NO", "NobodyNearIntent, , , NO",
            "SafePlaceIntent, place, parking lot, NO", "EveryoneSafeIntent, , , NO",
            "NothingUrgentIntent, item, groceries, NO", "OpenedIntent, , , NO", "StillStuckIntent, , , YES",
            "UrgentItemIntent, item, insulin, YES", "UrgentItemIntent, item, zorbs, MAYBE"})
    void canFulfillIsAnsweredWithoutSpeechStateOrProgress(String intent, String slot, String value, String answer)
            throws Exception {
        ObjectNode request = (ObjectNode) Envelopes.resource("requests/wire/can-fulfill-intent.json").deepCopy();
        ObjectNode asked = ((ObjectNode) request.get("request")).putObject("intent").put("name", intent);
        if (slot != null) {
            ObjectNode filled = asked.putObject("slots").putObject(slot).put("name", slot).put("value", value);
            // As Alexa resolves a custom slot: a value of the type matches, anything else does not.
            String code = "insulin".equals(value) ? "ER_SUCCESS_MATCH" : "ER_SUCCESS_NO_MATCH";
            filled.putObject("resolutions").putArray("resolutionsPerAuthority").addObject()
                    .put("authority", "amzn1.er-authority.echo-sdk.skill.URGENT_ITEM").putObject("status").put("code", code);
        }

        AlexaResponse r = answer(request);

        ResponseChecks.assertValid(r);
        assertThat(r.json().path("response").path("canFulfillIntent").path("canFulfill").asText()).isEqualTo(answer);
        assertThat(r.json().path("response").has("outputSpeech")).isFalse();
        assertThat(r.sessionAttributes() == null || r.sessionAttributes().isEmpty()).isTrue();
        verifyNoInteractions(store);
    }

    @Test
    void aScreenRuntimeErrorIsLoggedOnceAndAnsweredSilentlyWithTheStateKept() throws Exception {
        ObjectNode request = (ObjectNode) Envelopes.resource("requests/wire/apl-runtime-error.json").deepCopy();
        JsonNode before = request.get("session").get("attributes").get(StateCodec.ATTRIBUTE);

        AlexaResponse r = answer(request);

        ResponseChecks.assertValid(r);
        assertThat(r.ssml()).isNull();
        assertThat(r.aplDirective()).isNull();
        assertThat(r.sessionAttributes().get(StateCodec.ATTRIBUTE)).isEqualTo(before);
        assertThat(logs.events("screen_error")).singleElement().satisfies(line -> {
            assertThat(line.path("errorTypes").asText()).isEqualTo("[LIST_ERROR]");
            assertThat(line.path("reasons").asText()).isEqualTo("[INVALID_LIST_ID]");
        });
        assertThat(logs.text()).doesNotContain("amzn1.ask.account");
        verifyNoInteractions(store);
    }

    private AlexaResponse answer(ObjectNode envelope) throws Exception {
        SkillRuntime skill = SkillFactory.build(new Guides(), null, store, logs.log());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        skill.handle(envelope.toString().getBytes(StandardCharsets.UTF_8), new LocalContext(), out);
        return new AlexaResponse(Envelopes.JSON.readTree(out.toByteArray()));
    }
}
