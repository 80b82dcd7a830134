package com.trunkreleasehelper.alexa.envelope;

import com.amazon.ask.model.Context;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.model.canfulfill.CanFulfillIntentRequest;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.RuntimeErrorEvent;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import com.amazon.ask.model.interfaces.audioplayer.PlayDirective;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.ui.PlainTextOutputSpeech;
import com.amazon.ask.model.ui.SimpleCard;
import com.amazon.ask.util.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Our envelope reader against the ASK SDK's own serializer on real request shapes, field by field for
 * everything the skill reads; and our writer's output read back by the SDK.
 */
class EnvelopeJsonTest {

    private static final JacksonSerializer SDK = new JacksonSerializer();
    private final EnvelopeJson ours = new EnvelopeJson();

    @ParameterizedTest
    @ValueSource(strings = {"documented-intent", "echo-show-viewports", "slots-with-resolutions", "apl-user-event",
            "apl-runtime-error", "can-fulfill-intent", "session-ended-error"})
    void ourReaderAgreesWithTheSdkOnEverythingTheSkillReads(String name) throws IOException {
        byte[] body = fixture(name);

        RequestEnvelope sdk = SDK.deserialize(new String(body, StandardCharsets.UTF_8), RequestEnvelope.class);
        RequestEnvelope read = ours.read(body);

        assertThat(readBySkill(read)).isEqualTo(readBySkill(sdk)).isNotEmpty();
    }

    @Test
    void whatItWritesTheSdkReadsBack() throws IOException {
        Response response = Response.builder()
                .withOutputSpeech(PlainTextOutputSpeech.builder().withText("Plain & simple").build())
                .withCard(SimpleCard.builder().withTitle("Title").withContent("Content").build())
                .withShouldEndSession(true).build();

        ResponseEnvelope back = SDK.deserialize(write(response, Map.of("a", 1)), ResponseEnvelope.class);

        assertThat(back.getResponse()).isEqualTo(response);
        assertThat(back.getSessionAttributes()).containsEntry("a", 1);
    }

    @Test
    void aDirectiveItCannotWriteIsRefusedBeforeAnythingIsWritten() {
        Response response = Response.builder()
                .withDirectives(List.of(PlayDirective.builder().build())).build();

        assertThatThrownBy(() -> EnvelopeJson.requireWritable(response))
                .isInstanceOf(UnwritableResponseException.class).hasMessageContaining("PlayDirective");
        assertThatThrownBy(() -> write(response, null)).isInstanceOf(UnwritableResponseException.class);
    }

    private String write(Response response, Map<String, Object> attributes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ours.write(response, attributes, "test", out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The fields this skill reads from an envelope, as text, whichever reader produced it. */
    private static Map<String, String> readBySkill(RequestEnvelope envelope) {
        Map<String, String> fields = new TreeMap<>();
        Request request = envelope.getRequest();
        fields.put("type", request.getType());
        fields.put("requestId", request.getRequestId());
        fields.put("locale", request.getLocale());
        if (envelope.getSession() != null) {
            fields.put("session.new", String.valueOf(envelope.getSession().getNew()));
            fields.put("session.attributes", String.valueOf(new TreeMap<>(
                    envelope.getSession().getAttributes() == null ? Map.of() : envelope.getSession().getAttributes())));
        }
        Context context = envelope.getContext();
        fields.put("applicationId", context.getSystem().getApplication().getApplicationId());
        fields.put("userId", context.getSystem().getUser().getUserId());
        fields.put("apl", String.valueOf(context.getSystem().getDevice().getSupportedInterfaces().getAlexaPresentationAPL() != null));
        if (context.getViewport() != null) {
            fields.put("viewport", context.getViewport().getShape() + " " + context.getViewport().getPixelWidth()
                    + "x" + context.getViewport().getPixelHeight());
        }
        if (request instanceof IntentRequest intent) {
            putIntent(fields, intent.getIntent());
        } else if (request instanceof CanFulfillIntentRequest canFulfill) {
            putIntent(fields, canFulfill.getIntent());
        } else if (request instanceof SessionEndedRequest ended) {
            fields.put("reason", String.valueOf(ended.getReason()));
            fields.put("error", ended.getError() == null ? null : String.valueOf(ended.getError().getType()));
        } else if (request instanceof UserEvent event) {
            fields.put("arguments", String.valueOf(event.getArguments().stream().map(String::valueOf).toList()));
        } else if (request instanceof RuntimeErrorEvent error) {
            fields.put("errors", String.valueOf(error.getErrors().stream().map(e -> e.getType()).toList()));
        }
        return fields;
    }

    private static void putIntent(Map<String, String> fields, Intent intent) {
        fields.put("intent", intent.getName());
        Map<String, String> slots = new LinkedHashMap<>();
        if (intent.getSlots() != null) {
            intent.getSlots().forEach((name, slot) -> slots.put(name, slot.getValue() + " " + (slot.getResolutions() == null ? ""
                    : slot.getResolutions().getResolutionsPerAuthority().stream().map(r -> r.getStatus().getCode() + " " + values(r)).toList())));
        }
        fields.put("slots", String.valueOf(new TreeMap<>(slots)));
    }

    private static String values(Resolution resolution) {
        return resolution.getValues() == null ? "" : String.valueOf(resolution.getValues().stream()
                .map(v -> v.getValue() == null ? null : v.getValue().getId() + "/" + v.getValue().getName()).toList());
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = EnvelopeJsonTest.class.getClassLoader().getResourceAsStream("requests/wire/" + name + ".json")) {
            return in.readAllBytes();
        }
    }
}
