package com.trunkreleasehelper.progress;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * Progress in one small JSON file, for local runs: `scripts/talk` keeps it under the user's home so that
 * quitting and talking again shows the resume. One writer at a time (a terminal conversation).
 */
public final class FileProgressStore implements ProgressStore {

    private final Path file;
    private final ObjectMapper json;

    public FileProgressStore(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
    }

    @Override
    public synchronized Optional<SavedProgress> load(String userKey, int timeoutMillis) {
        ObjectNode entry = (ObjectNode) read().get(userKey);
        if (entry == null) {
            return Optional.empty();
        }
        return Optional.of(new SavedProgress(entry.path("step").asText(), entry.path("locale").asText(),
                Instant.ofEpochSecond(entry.path("savedAt").asLong())));
    }

    @Override
    public synchronized void save(String userKey, SavedProgress progress, int timeoutMillis) {
        ObjectNode all = read();
        all.putObject(userKey).put("step", progress.step()).put("locale", progress.locale())
                .put("savedAt", progress.savedAt().getEpochSecond());
        write(all);
    }

    @Override
    public synchronized void clear(String userKey, int timeoutMillis) {
        ObjectNode all = read();
        if (all.remove(userKey) != null) {
            write(all);
        }
    }

    private ObjectNode read() {
        try {
            return Files.isRegularFile(file) ? (ObjectNode) json.readTree(file.toFile()) : json.createObjectNode();
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("progress file " + file + " cannot be read", e);
        }
    }

    private void write(ObjectNode all) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "progress", ".tmp");
            json.writeValue(temp.toFile(), all);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("progress file " + file + " cannot be written", e);
        }
    }
}
