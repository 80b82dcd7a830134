package com.trunkreleasehelper.progress;

import com.trunkreleasehelper.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Progress in one small JSON file, for local runs: `scripts/talk` keeps it under the user's home so that
 * quitting and talking again shows the resume. One writer at a time (a terminal conversation).
 */
public final class FileProgressStore implements ProgressStore {

    private final Path file;

    public FileProgressStore(Path file) {
        this.file = file;
    }

    @Override
    public synchronized Optional<SavedProgress> load(String userKey, int timeoutMillis) {
        Map<String, Object> entry = Json.object(read(), userKey);
        if (entry == null || !(entry.get("savedAt") instanceof Number savedAt)) {
            return Optional.empty();
        }
        return Optional.of(new SavedProgress(Json.text(entry, "step"), Json.text(entry, "locale"),
                Instant.ofEpochSecond(savedAt.longValue())));
    }

    @Override
    public synchronized void save(String userKey, SavedProgress progress, int timeoutMillis) {
        Map<String, Object> all = read();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("step", progress.step());
        entry.put("locale", progress.locale());
        entry.put("savedAt", progress.savedAt().getEpochSecond());
        all.put(userKey, entry);
        write(all);
    }

    @Override
    public synchronized void clear(String userKey, int timeoutMillis) {
        Map<String, Object> all = read();
        if (all.remove(userKey) != null) {
            write(all);
        }
    }

    private Map<String, Object> read() {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return new LinkedHashMap<>();
            }
        } catch (IOException e) {
            throw new IllegalStateException("progress file " + file + " cannot be read", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            Map<String, Object> all = Json.object(Json.parse(in));
            if (all == null) {
                throw new IllegalStateException("progress file " + file + " does not hold a JSON object");
            }
            return all;
        } catch (IOException e) {
            throw new IllegalStateException("progress file " + file + " cannot be read", e);
        }
    }

    private void write(Map<String, Object> all) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "progress", ".tmp");
            Files.write(temp, Json.bytes(all));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("progress file " + file + " cannot be written", e);
        }
    }
}
