package com.trunkreleasehelper.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.trunkreleasehelper.logging.SkillLog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The skill's log lines, collected from a {@link SkillLog} whose sink is this list. */
public final class LogLines {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final SkillLog log = new SkillLog(lines::add);

    public SkillLog log() {
        return log;
    }

    /** Everything logged so far, one line per entry, as written. */
    public String text() {
        return String.join("\n", lines);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The lines as JSON objects. */
    public List<JsonNode> json() {
        return lines.stream().map(LogLines::parse).toList();
    }

    /** The lines whose {@code event} is {@code event}. */
    public List<JsonNode> events(String event) {
        return json().stream().filter(line -> event.equals(line.path("event").asText())).toList();
    }

    private static JsonNode parse(String line) {
        try {
            return Envelopes.JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("a log line is not JSON: " + line, e);
        }
    }
}
