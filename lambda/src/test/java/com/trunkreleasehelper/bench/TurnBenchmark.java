package com.trunkreleasehelper.bench;

import com.trunkreleasehelper.testing.Handlers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.alexa.ModelIntent;
import com.trunkreleasehelper.testing.Envelopes;
import com.trunkreleasehelper.testing.LocalContext;
import com.trunkreleasehelper.testing.LocalSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Warm turns through the Lambda entry point: a realistic mix recorded from a real conversation (each
 * request carrying the attributes the previous response set), replayed round-robin. Run by scripts/bench.
 */
@State(Scope.Thread)
public class TurnBenchmark {

    private static final List<String> CONVERSATION = List.of(ModelIntent.YES.intentName(), ModelIntent.NO.intentName(), ModelIntent.REPEAT.intentName(),
            ModelIntent.NO.intentName(), ModelIntent.HELP.intentName(), ModelIntent.CALL_HELP.intentName(), ModelIntent.YES.intentName(), ModelIntent.NO.intentName(),
            ModelIntent.EMERGENCY.intentName(), ModelIntent.YES.intentName(), ModelIntent.WHICH_STEP.intentName(), ModelIntent.NEXT.intentName(), ModelIntent.STOP.intentName());

    private final List<byte[]> requests = new ArrayList<>();
    private final LocalContext context = new LocalContext();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    private TrunkReleaseHelperHandler handler;
    private int next;

    @Setup
    public void record() {
        handler = Handlers.forSkillId(null);
        LocalSession session = new LocalSession(handler, "en-US");
        requests.add(recorded(session, Envelopes.launch()));
        for (String intent : CONVERSATION) {
            requests.add(recorded(session, Envelopes.intent(intent, Map.of())));
        }
    }

    /** The exact bytes sent for this turn, after the session set its locale and attributes. */
    private static byte[] recorded(LocalSession session, ObjectNode request) {
        JsonNode ignored = session.send(request);
        return request.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public int turn() throws IOException {
        byte[] request = requests.get(next);
        next = (next + 1) % requests.size();
        out.reset();
        handler.handleRequest(new ByteArrayInputStream(request), out, context);
        return out.size();
    }
}
