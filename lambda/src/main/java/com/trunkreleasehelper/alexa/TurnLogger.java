package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Response;
import com.trunkreleasehelper.logging.SkillLog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One structured line per request: request type, intent, locale, step before and after, outcome and
 * milliseconds. Only those fields: never tokens, user IDs or the envelope.
 */
final class TurnLogger implements RequestInterceptor, ResponseInterceptor {

    private static final String STARTED = "trunkReleaseHelper.started";
    private static final String STEP_BEFORE = "trunkReleaseHelper.stepBefore";

    @Override
    public void process(HandlerInput input) {
        Map<String, Object> attributes = input.getAttributesManager().getRequestAttributes();
        attributes.put(STARTED, System.nanoTime());
        attributes.put(STEP_BEFORE, TurnContext.state(input).node());
    }

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        boolean ends = response.map(r -> r.getShouldEndSession() == null || r.getShouldEndSession()).orElse(true);
        log(input, ends ? "ended" : "answered");
    }

    void log(HandlerInput input, String outcome) {
        Map<String, Object> attributes = input.getAttributesManager().getRequestAttributes();
        Request request = input.getRequestEnvelope().getRequest();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("requestType", request.getType());
        fields.put("intent", request instanceof IntentRequest i && i.getIntent() != null ? i.getIntent().getName() : null);
        fields.put("locale", TurnContext.guide(input) == null ? null : TurnContext.guide(input).locale());
        fields.put("stepBefore", attributes.get(STEP_BEFORE));
        fields.put("stepAfter", TurnContext.state(input).node());
        fields.put("outcome", outcome);
        Object started = attributes.get(STARTED);
        fields.put("ms", started instanceof Long t ? (System.nanoTime() - t) / 1_000_000.0 : null);
        SkillLog.info("turn", fields);
    }
}
