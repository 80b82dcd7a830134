package com.trunkreleasehelper.runtime;

import com.trunkreleasehelper.testing.ProjectFiles;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/**
 * The function as Lambda unpacks it in {@code /var/task} after {@code sam build}: the compiled classes and
 * resources at the root, the runtime dependency jars in {@code lib/} (the runtime interface client puts
 * both on the function's class loader). Built from the module's {@code target/classes} and the runtime jars
 * Maven lists in {@code target/runtime-classpath.txt} (Surefire passes that folder as
 * {@code function.build.directory}; elsewhere it is {@code lambda/target}).
 */
public final class TaskRoot {

    private TaskRoot() {
    }

    /** Lays the function out in {@code folder} and returns it. */
    public static Path build(Path folder) throws IOException {
        ProjectFiles.copyTree(classes(), folder, p -> false);
        Path lib = Files.createDirectories(folder.resolve("lib"));
        for (Path jar : runtimeJars()) {
            Files.copy(jar, lib.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        return folder;
    }

    /** The function's compiled classes and resources, as the task root holds them (without the jars). */
    public static Path classes() {
        return buildDirectory().resolve("classes");
    }

    /** The function's runtime dependencies, as Maven resolved them for this build. */
    static List<Path> runtimeJars() throws IOException {
        Path listing = buildDirectory().resolve("runtime-classpath.txt");
        if (!Files.isRegularFile(listing)) {
            throw new IllegalStateException(listing + " is missing; Maven writes it in generate-test-resources");
        }
        return Arrays.stream(Files.readString(listing).strip().split(File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    private static Path buildDirectory() {
        String configured = System.getProperty("function.build.directory");
        return configured != null ? Path.of(configured) : ProjectFiles.root().resolve("lambda/target");
    }

}
