package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.audioplayer.StopDirective;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.conversation.Reply;
import com.trunkreleasehelper.conversation.StateCodec;
import com.trunkreleasehelper.progress.InMemoryProgressStore;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.Envelopes;
import com.trunkreleasehelper.testing.LocalContext;
import com.trunkreleasehelper.testing.LogLines;
import com.trunkreleasehelper.testing.ResponseChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

/** A turn that fails still answers: calmly, with the emergency number, and with the state from before it. */
@ExtendWith(MockitoExtension.class)
class AlwaysAnswerTest {

    private static final JsonNode AT_STEP_4 = Envelopes.resource("requests/session-ended.json").get("session").get("attributes");

    @Mock
    ReplyRenderer renderer;

    private final LogLines logs = new LogLines();
    private final InMemoryProgressStore store = new InMemoryProgressStore();

    @Test
    void whenRenderingFailsTheApologyCarriesTheEmergencyNumberAndTheStateFromBeforeTheTurn() throws Exception {
        when(renderer.render(any(HandlerInput.class), any(Reply.class))).thenThrow(new IllegalStateException("broken screen"));
        SkillRuntime skill = SkillFactory.build(new Guides(), null, store, logs.log(), renderer);

        AlexaResponse r = answer(skill, Envelopes.withAttributes(Envelopes.intent(ModelIntent.NO.intentName(), Map.of()), AT_STEP_4));

        ResponseChecks.assertValid(r);
        assertThat(r.speech()).startsWith("Sorry, something went wrong on my side. If anyone is in danger, call 911 now.")
                .endsWith("Did turning it off fix it?");
        assertThat(r.sessionEnds()).isFalse();
        assertThat(r.sessionAttributes().get(StateCodec.ATTRIBUTE)).isEqualTo(AT_STEP_4.get(StateCodec.ATTRIBUTE));
        assertThat(logs.events("handler_failed")).singleElement()
                .satisfies(line -> assertThat(line.path("exception").asText()).isEqualTo("java.lang.IllegalStateException"));
        assertThat(logs.events("turn")).singleElement().satisfies(line -> {
            assertThat(line.path("outcome").asText()).isEqualTo("error");
            assertThat(line.path("stepAfter").asText()).isEqualTo("lockout");
        });
    }

    @Test
    void aResponsePartTheWriterCannotWriteGetsTheApologyNotALambdaError() throws Exception {
        when(renderer.render(any(HandlerInput.class), any(Reply.class))).thenReturn(Optional.of(Response.builder()
                .withDirectives(List.of(StopDirective.builder().build()))
                .build()));
        SkillRuntime skill = SkillFactory.build(new Guides(), null, store, logs.log(), renderer);

        AlexaResponse r = answer(skill, Envelopes.withAttributes(Envelopes.intent(ModelIntent.REPEAT.intentName(), Map.of()), AT_STEP_4));

        assertThat(r.speech()).startsWith("Sorry, something went wrong on my side.");
        assertThat(logs.events("handler_failed")).singleElement().satisfies(line ->
                assertThat(line.path("exception").asText()).endsWith("UnwritableResponseException"));
    }

    private static AlexaResponse answer(SkillRuntime skill, ObjectNode envelope) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        skill.handle(envelope.toString().getBytes(StandardCharsets.UTF_8), new LocalContext(), out);
        return new AlexaResponse(Envelopes.JSON.readTree(out.toByteArray()));
    }
}
