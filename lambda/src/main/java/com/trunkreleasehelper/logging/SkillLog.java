package com.trunkreleasehelper.logging;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One JSON object per line, which Lambda ships to CloudWatch as is. Every line carries the Lambda request
 * ID of the request being handled on this thread. Callers pass only what is safe to keep: never tokens,
 * user IDs or whole envelopes.
 */
public final class SkillLog {

    private static final JsonFactory JSON = new JsonFactory();

    private final Consumer<String> sink;
    private final ThreadLocal<String> requestId = new ThreadLocal<>();
    /** Set while SnapStart priming runs its canned requests, which are not traffic worth logging. */
    private final ThreadLocal<Boolean> muted = ThreadLocal.withInitial(() -> false);

    /** @param sink receives each finished line */
    public SkillLog(Consumer<String> sink) {
        this.sink = sink;
    }

    /** Lines to standard output, where Lambda collects them. */
    public static SkillLog toStandardOutput() {
        PrintStream out = System.out;
        return new SkillLog(out::println);
    }

    public void info(String event, Map<String, ?> fields) {
        write("INFO", event, fields);
    }

    public void warn(String event, Map<String, ?> fields) {
        write("WARN", event, fields);
    }

    public void error(String event, Map<String, ?> fields) {
        write("ERROR", event, fields);
    }

    /** Runs {@code work} with this thread's lines tagged with {@code awsRequestId} (null when unknown). */
    public <T, E extends Exception> T forRequest(String awsRequestId, Work<T, E> work) throws E {
        requestId.set(awsRequestId);
        try {
            return work.run();
        } finally {
            requestId.remove();
        }
    }

    /** Runs {@code work} with this thread's lines suppressed. */
    public <T> T muted(Supplier<T> work) {
        muted.set(true);
        try {
            return work.get();
        } finally {
            muted.remove();
        }
    }

    /** Work that may throw a checked exception. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private void write(String level, String event, Map<String, ?> fields) {
        StringWriter line = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(line)) {
            out.writeStartObject();
            out.writeStringField("level", level);
            out.writeStringField("event", event);
            out.writeStringField("awsRequestId", requestId.get());
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
        if (muted.get()) {
            return;
        }
        sink.accept(line.toString());
    }
}
