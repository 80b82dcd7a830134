package com.trunkreleasehelper.logging;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One JSON object per line on standard output, which Lambda ships to CloudWatch as is. Callers pass only
 * what is safe to keep: never tokens, user IDs or whole envelopes.
 */
public final class SkillLog {

    private static final JsonFactory JSON = new JsonFactory();
    /** Set while SnapStart priming runs its canned requests, which are not traffic worth logging. */
    private static final ThreadLocal<Boolean> MUTED = ThreadLocal.withInitial(() -> false);

    private SkillLog() {
    }

    public static void info(String event, Map<String, ?> fields) {
        write("INFO", event, fields);
    }

    public static void warn(String event, Map<String, ?> fields) {
        write("WARN", event, fields);
    }

    public static void error(String event, Map<String, ?> fields) {
        write("ERROR", event, fields);
    }

    /** Runs {@code work} with this thread's log lines suppressed. */
    public static <T> T muted(Supplier<T> work) {
        MUTED.set(true);
        try {
            return work.get();
        } finally {
            MUTED.remove();
        }
    }

    private static void write(String level, String event, Map<String, ?> fields) {
        StringWriter line = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(line)) {
            out.writeStartObject();
            out.writeStringField("level", level);
            out.writeStringField("event", event);
            for (Map.Entry<String, ?> field : fields.entrySet()) {
                out.writeFieldName(field.getKey());
                Object value = field.getValue();
                if (value instanceof Number number) {
                    out.writeNumber(number.toString());
                } else {
                    out.writeString(value == null ? null : value.toString());
                }
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a log line to memory", e);
        }
        // A muted line is still formatted, so SnapStart priming leaves the logging path warm too.
        if (MUTED.get()) {
            return;
        }
        PrintStream sink = System.out;
        sink.println(line);
    }
}
