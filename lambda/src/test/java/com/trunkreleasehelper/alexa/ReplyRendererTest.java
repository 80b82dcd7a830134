package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.amazon.ask.model.ui.StandardCard;
import com.trunkreleasehelper.conversation.Reply;
import com.trunkreleasehelper.testing.Ssml;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The renderer keeps every response inside Alexa's limits, whatever the content says. */
class ReplyRendererTest {

    private final ReplyRenderer renderer = new ReplyRenderer(new StepScreen());

    @Test
    void speechOverAlexasLimitIsCutToFitAndStaysValidSsml() {
        Response r = render(new Reply("Stop & think. ".repeat(1_000), "Ready?", null, null, false));

        String ssml = ((SsmlOutputSpeech) r.getOutputSpeech()).getSsml();
        assertThat(ssml.length()).isLessThanOrEqualTo(8_000);
        Ssml.parse(ssml);
    }

    @Test
    void aCardOverAlexasLimitIsCutSoTitleAndTextFit() {
        Response r = render(new Reply("Step 5.", "Ready?", "Step 5 of 7: Reach in from inside", "x".repeat(9_000), false));

        StandardCard card = (StandardCard) r.getCard();
        assertThat(card.getTitle().length() + card.getText().length()).isEqualTo(ReplyRenderer.MAX_CARD);
    }

    private Response render(Reply reply) {
        HandlerInput input = HandlerInput.builder()
                .withRequestEnvelope(RequestEnvelope.builder().withRequest(IntentRequest.builder().build()).build()).build();
        return renderer.render(input, reply).orElseThrow();
    }
}
