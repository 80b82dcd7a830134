package com.trunkreleasehelper.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.trunkreleasehelper.conversation.StateCodec;

/** A response envelope as Alexa receives it, with the parts tests read. */
public record AlexaResponse(JsonNode json) {

    public String ssml() {
        return json.path("response").path("outputSpeech").path("ssml").asText(null);
    }

    public String repromptSsml() {
        return json.path("response").path("reprompt").path("outputSpeech").path("ssml").asText(null);
    }

    /** The speech as the driver hears it: tags removed, entities decoded. */
    public String speech() {
        return ssml() == null ? null : Ssml.text(ssml());
    }

    public String reprompt() {
        return repromptSsml() == null ? null : Ssml.text(repromptSsml());
    }

    public String cardTitle() {
        return json.path("response").path("card").path("title").asText(null);
    }

    /** A Standard card's text (the phone app shows it under the title). */
    public String cardText() {
        return json.path("response").path("card").path("text").asText(null);
    }

    /** The APL RenderDocument directive, or null when the response has none. */
    public JsonNode aplDirective() {
        for (JsonNode directive : json.path("response").path("directives")) {
            if ("Alexa.Presentation.APL.RenderDocument".equals(directive.path("type").asText())) {
                return directive;
            }
        }
        return null;
    }

    public boolean sessionEnds() {
        JsonNode flag = json.path("response").path("shouldEndSession");
        return flag.isMissingNode() || flag.isNull() || flag.asBoolean();
    }

    public JsonNode sessionAttributes() {
        return json.get("sessionAttributes");
    }

    public String node() {
        return json.path("sessionAttributes").path(StateCodec.ATTRIBUTE).path("node").asText(null);
    }
}
