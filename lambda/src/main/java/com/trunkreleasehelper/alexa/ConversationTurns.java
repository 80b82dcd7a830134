package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Session;
import com.trunkreleasehelper.alexa.envelope.EnvelopeJson;
import com.trunkreleasehelper.content.Guide;
import com.trunkreleasehelper.content.GuideNode;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.content.Phrase;
import com.trunkreleasehelper.conversation.Action;
import com.trunkreleasehelper.conversation.Command;
import com.trunkreleasehelper.conversation.ConversationEngine;
import com.trunkreleasehelper.conversation.ConversationState;
import com.trunkreleasehelper.conversation.StateCodec;
import com.trunkreleasehelper.conversation.Turn;
import com.trunkreleasehelper.logging.SkillLog;
import com.trunkreleasehelper.progress.StoreDeadline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Owns a turn from start to end: picks the guide, decodes the state, runs the engine, renders the reply,
 * carries out the progress change, writes the session attributes and logs one line. Nothing is written
 * until the reply is rendered, so a turn that fails leaves the state from before it, which
 * {@link #apologise} answers with.
 */
final class ConversationTurns {

    private final Guides guides;
    private final StateCodec codec;
    private final ConversationEngine engine;
    private final ReplyRenderer renderer;
    private final ProgressKeeper progress;
    private final SkillLog log;

    ConversationTurns(Guides guides, StateCodec codec, ConversationEngine engine, ReplyRenderer renderer,
                      ProgressKeeper progress, SkillLog log) {
        this.guides = guides;
        this.codec = codec;
        this.engine = engine;
        this.renderer = renderer;
        this.progress = progress;
        this.log = log;
    }

    /** The driver's turn: the engine's answer to {@code command}, rendered, with state and progress kept. */
    Optional<Response> answer(HandlerInput input, Command command) {
        long started = System.nanoTime();
        Before before = before(input, true);
        StoreDeadline deadline = ProgressKeeper.deadline(input);
        Command full = startsSession(input, command) ? command.startingSession(progress.saved(input, deadline)) : command;
        Turn turn = engine.handle(before.guide(), before.state(), full);
        Optional<Response> response = renderer.render(input, turn.reply());
        response.ifPresent(EnvelopeJson::requireWritable);
        progress.apply(input, before.guide().locale(), turn.progress(), deadline);
        finish(input, before, turn.state(), outcome(response), started);
        return response;
    }

    /** A request that must not change the conversation (a screen's error report): no speech, state as it was. */
    Optional<Response> keep(HandlerInput input) {
        long started = System.nanoTime();
        Before before = before(input, true);
        finish(input, before, before.state(), "kept", started);
        return input.getResponseBuilder().build();
    }

    /** Whatever failed in the turn: a calm sentence with the emergency number and the pending question. */
    Optional<Response> apologise(HandlerInput input, Throwable failure) {
        long started = System.nanoTime();
        log.error("handler_failed", Map.of("exception", failure.getClass().getName(),
                "at", failure.getStackTrace().length > 0 ? String.valueOf(failure.getStackTrace()[0]) : ""));
        Before before = before(input, false);
        if (!hasSession(input)) {
            finish(input, before, before.state(), "error", started);
            return input.getResponseBuilder().build();
        }
        Guide guide = before.guide();
        GuideNode node = guide.node(before.state().node());
        String question = node != null && node.hasQuestion() ? node.ask() : guide.phrase(Phrase.PROMPT);
        finish(input, before, before.state(), "error", started);
        return input.getResponseBuilder()
                .withSpeech(Ssml.fromText(guide.phrase(Phrase.ERROR) + " " + question))
                .withReprompt(Ssml.fromText(question))
                .withShouldEndSession(false)
                .build();
    }

    private record Before(Guide guide, ConversationState state) {
    }

    private Before before(HandlerInput input, boolean logReset) {
        Guide guide = guides.forLocale(input.getRequestEnvelope().getRequest().getLocale());
        Session session = input.getRequestEnvelope().getSession();
        if (session == null) {
            return new Before(guide, ConversationState.fresh());
        }
        StateCodec.Decoded decoded = codec.fromAttributes(session.getAttributes(), guide);
        if (logReset && decoded.resetReason() != null && !Boolean.TRUE.equals(session.getNew())) {
            log.warn("state_reset", Map.of("reason", decoded.resetReason()));
        }
        return new Before(guide, decoded.state());
    }

    private void finish(HandlerInput input, Before before, ConversationState after, String outcome, long started) {
        if (hasSession(input)) {
            input.getAttributesManager().setSessionAttributes(codec.toAttributes(after));
        }
        Request request = input.getRequestEnvelope().getRequest();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("requestType", request.getType());
        fields.put("intent", request instanceof IntentRequest i && i.getIntent() != null ? i.getIntent().getName() : null);
        fields.put("locale", before.guide().locale());
        fields.put("stepBefore", before.state().node());
        fields.put("stepAfter", after.node());
        fields.put("outcome", outcome);
        fields.put("ms", (System.nanoTime() - started) / 1_000_000.0);
        log.info("turn", fields);
    }

    private static String outcome(Optional<Response> response) {
        boolean ends = response.map(r -> r.getShouldEndSession() == null || r.getShouldEndSession()).orElse(true);
        return ends ? "ended" : "answered";
    }

    /** A launch, or the first request of a session (a one-shot): the saved step matters. */
    private static boolean startsSession(HandlerInput input, Command command) {
        Session session = input.getRequestEnvelope().getSession();
        return command.action() == Action.LAUNCH
                || command.action() != Action.SESSION_ENDED && session != null && Boolean.TRUE.equals(session.getNew());
    }

    static boolean hasSession(HandlerInput input) {
        return input.getRequestEnvelope().getSession() != null;
    }
}
