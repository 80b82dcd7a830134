package com.trunkreleasehelper.progress;

import com.trunkreleasehelper.json.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Progress in one small JSON file, for local runs: `scripts/talk` keeps it under the user's home so that
 * quitting and talking again shows the resume. One writer at a time (a terminal conversation). A file
 * that is not a JSON object fails loading (the turn logs it and carries on) and is replaced by the next
 * save: it holds nobody's progress any more.
 */
public final class FileProgressStore implements ProgressStore {

    static final String CORRUPT = "CorruptFile";

    private final Path file;

    public FileProgressStore(Path file) {
        this.file = file;
    }

    @Override
    public synchronized Optional<SavedProgress> load(String userKey, StoreDeadline deadline) {
        Map<String, Object> entry = Json.object(read(), userKey);
        if (entry == null || !(entry.get(SavedProgress.SAVED_AT) instanceof Number savedAt)) {
            return Optional.empty();
        }
        return Optional.of(SavedProgress.read(Json.text(entry, SavedProgress.STEP), Json.text(entry, SavedProgress.LOCALE),
                Instant.ofEpochSecond(savedAt.longValue()), Json.text(entry, SavedProgress.URGENCY),
                flag -> Boolean.TRUE.equals(entry.get(flag))));
    }

    @Override
    public synchronized void save(String userKey, SavedProgress progress, StoreDeadline deadline) {
        Map<String, Object> all = readOrFreshIfCorrupt();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put(SavedProgress.STEP, progress.step());
        entry.put(SavedProgress.LOCALE, progress.locale());
        entry.put(SavedProgress.SAVED_AT, progress.savedAt().getEpochSecond());
        if (progress.urgency() != null) {
            entry.put(SavedProgress.URGENCY, progress.urgency());
        }
        progress.flagsSet().forEach(flag -> entry.put(flag, true));
        all.put(userKey, entry);
        write(all);
    }

    @Override
    public synchronized void clear(String userKey, StoreDeadline deadline) {
        Map<String, Object> all = readOrFreshIfCorrupt();
        if (all.remove(userKey) != null) {
            write(all);
        }
    }

    private Map<String, Object> readOrFreshIfCorrupt() {
        try {
            return read();
        } catch (ProgressStoreException e) {
            if (CORRUPT.equals(e.errorType())) {
                return new LinkedHashMap<>();
            }
            throw e;
        }
    }

    private Map<String, Object> read() {
        byte[] content;
        try {
            if (!Files.isRegularFile(file)) {
                return new LinkedHashMap<>();
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ProgressStoreException("IOError", "the progress file cannot be read: " + e.getClass().getSimpleName(), e);
        }
        if (content.length == 0) {
            return new LinkedHashMap<>();
        }
        Map<String, Object> all;
        try {
            all = Json.object(Json.parse(content));
        } catch (IOException e) {
            throw new ProgressStoreException(CORRUPT, "the progress file is not JSON", e);
        }
        if (all == null) {
            throw new ProgressStoreException(CORRUPT, "the progress file does not hold a JSON object", null);
        }
        return all;
    }

    private void write(Map<String, Object> all) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "progress", ".tmp");
            Files.write(temp, Json.bytes(all));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ProgressStoreException("IOError", "the progress file cannot be written: " + e.getClass().getSimpleName(), e);
        }
    }
}
