package com.trunkreleasehelper.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Predicate;
import java.util.List;
import java.util.stream.Stream;

/** Files beside the function module (interaction models, template, sample events), as tests see them. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    /** The repository root: Surefire passes it; an IDE run from lambda/ finds it one level up. */
    public static Path root() {
        String configured = System.getProperty("project.root");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        return root.toAbsolutePath().normalize();
    }

    public static Path interactionModel(String locale) {
        return root().resolve("interaction-model").resolve(locale + ".json");
    }

    /** The folder of sample events for {@code sam local invoke -e} and {@code scripts/invoke}. */
    public static Path eventsFolder() {
        return root().resolve("lambda").resolve("events");
    }

    /** Every sample request event (not {@code env.json}), sorted by name. */
    public static List<Path> sampleEvents() {
        try (Stream<Path> files = Files.list(eventsFolder())) {
            return files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("env.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the tree at {@code from} to {@code to}, leaving out what {@code skip} matches (paths relative to {@code from}). */
    public static void copyTree(Path from, Path to, Predicate<Path> skip) {
        try (Stream<Path> files = Files.walk(from)) {
            files.filter(p -> !skip.test(from.relativize(p))).forEach(p -> {
                Path target = to.resolve(from.relativize(p).toString());
                try {
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(p.toString(), e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(from.toString(), e);
        }
    }

    public static JsonNode json(Path file) {
        try {
            return Envelopes.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
