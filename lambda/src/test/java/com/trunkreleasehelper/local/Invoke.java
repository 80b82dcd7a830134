package com.trunkreleasehelper.local;

import com.trunkreleasehelper.testing.Envelopes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code scripts/invoke EVENT.json [--env-vars env.json]}: what {@code sam local invoke -e} does, without
 * Docker. Reads template.yaml for the handler and environment, starts a fresh JVM with that environment
 * (JAVA_TOOL_OPTIONS included), and calls the handler there the way the Lambda Java runtime does.
 */
public final class Invoke {

    private Invoke() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        System.exit(run(args));
    }

    static int run(String[] args) throws IOException, InterruptedException {
        Path project = Path.of(".");
        Path event = null;
        Path envVars = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--project" -> project = Path.of(args[++i]);
                case "--env-vars" -> envVars = Path.of(args[++i]);
                default -> event = Path.of(args[i]);
            }
        }
        if (event == null) {
            return fail("usage: scripts/invoke EVENT.json [--env-vars env.json]");
        }
        String body = readJson(event, "event");
        JsonNode overrides = envVars == null ? null : Envelopes.JSON.readTree(readJson(envVars, "env-vars file"));
        if (body == null || (envVars != null && overrides == null)) {
            return 1;
        }
        SamTemplate template = SamTemplate.read(project.resolve("template.yaml"));
        String[] handler = template.handler();
        return runHandler(handler, environment(template, overrides, handler[0]), body);
    }

    private static int runHandler(String[] handler, Map<String, String> environment, String body)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                RuntimeShim.class.getName(), handler[0], handler[1]));
        ProcessBuilder child = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        child.environment().putAll(environment);
        Process process = child.start();
        try (var in = process.getOutputStream()) {
            in.write(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return process.waitFor();
    }

    /**
     * The template's environment, its paths under Lambda's task root pointing where the handler's classes and
     * resources come from; as written when the handler is missing, which the child JVM then reports.
     */
    private static Map<String, String> environment(SamTemplate template, JsonNode overrides, String handlerClass) {
        try {
            Class<?> handler = Class.forName(handlerClass, false, Invoke.class.getClassLoader());
            return template.environment(overrides, Path.of(handler.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (ClassNotFoundException | URISyntaxException e) {
            return template.environment(overrides);
        }
    }

    /** The file's text when it holds JSON; otherwise null, after a one-line message. */
    private static String readJson(Path file, String what) throws IOException {
        if (!Files.isRegularFile(file)) {
            fail("invoke: no such " + what + ": " + file);
            return null;
        }
        String text = Files.readString(file);
        try {
            Envelopes.JSON.readTree(text);
            return text;
        } catch (JsonProcessingException e) {
            fail("invoke: " + file + " is not valid JSON (line " + e.getLocation().getLineNr() + ")");
            return null;
        }
    }

    private static int fail(String message) {
        System.err.println(message);
        return 1;
    }
}
