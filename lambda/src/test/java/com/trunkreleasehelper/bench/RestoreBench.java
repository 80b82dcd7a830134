package com.trunkreleasehelper.bench;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * SnapStart's restore, measured for scripts/bench: starts the function under AWS's runtime interface client
 * on the SnapStart init path (the command given, with {@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}),
 * stands in for the Runtime API, lets it "restore" when it asks, and times the first launch after that
 * against the warm launches that follow in the same process. Every answer must be the expected one.
 *
 * <p>No snapshot is taken here: the process goes on from where {@code restore/next} returned, so the first
 * launch pays exactly what init and priming left undone (class loading, TLS, the first DynamoDB call); a
 * real restore also pages the snapshot in, which only Lambda can show.
 *
 * <p>Arguments: task folder, launch event, expected response, warm launches, log file, {@code --}, the
 * command that starts the runtime. Prints one JSON line: init, first and warm durations in milliseconds.
 */
public final class RestoreBench {

    private static final Duration INIT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration INVOKE_TIMEOUT = Duration.ofSeconds(20);
    private static final List<String> KEY_VARIABLES = List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN");

    private RestoreBench() {
    }

    public static void main(String[] args) throws Exception {
        Path task = Path.of(args[0]);
        byte[] event = Files.readAllBytes(Path.of(args[1]));
        byte[] expected = Files.readAllBytes(Path.of(args[2]));
        int warmLaunches = Integer.parseInt(args[3]);
        File log = new File(args[4]);
        List<String> command = Arrays.asList(args).subList(Arrays.asList(args).indexOf("--") + 1, args.length);

        try (RuntimeApiStandIn api = RuntimeApiStandIn.start()) {
            ProcessBuilder builder = new ProcessBuilder(command).directory(task.toFile())
                    .redirectErrorStream(true).redirectOutput(log);
            builder.environment().put("AWS_LAMBDA_RUNTIME_API", api.address());
            // A SnapStart function gets its credentials from the container endpoint, never from key variables.
            builder.environment().keySet().removeAll(KEY_VARIABLES);
            builder.environment().putAll(api.credentialsEnvironment());
            builder.environment().put("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start");
            long started = System.nanoTime();
            Process runtime = builder.start();
            try {
                awaitSnapshotPoint(api, runtime);
                double init = millis(Duration.ofNanos(api.snapshotPointAt() - started));
                api.restore();
                double first = launch(api, event, expected);
                List<Double> warm = new ArrayList<>();
                for (int i = 0; i < warmLaunches; i++) {
                    warm.add(launch(api, event, expected));
                }
                System.out.printf(Locale.ROOT, "{\"init_ms\": %.3f, \"first_ms\": %.3f, \"warm_ms\": [%s]}%n", init, first,
                        warm.stream().map(ms -> String.format(Locale.ROOT, "%.3f", ms)).collect(Collectors.joining(", ")));
            } finally {
                runtime.destroy();
                runtime.waitFor();
            }
        }
    }

    private static void awaitSnapshotPoint(RuntimeApiStandIn api, Process runtime) throws InterruptedException {
        long deadline = System.nanoTime() + INIT_TIMEOUT.toNanos();
        while (!api.reachedSnapshotPoint(POLL)) {
            if (!runtime.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the runtime never reached restore/next (see its log)");
            }
        }
    }

    private static double launch(RuntimeApiStandIn api, byte[] event, byte[] expected) throws InterruptedException {
        RuntimeApiStandIn.Answer answer = api.invoke(event, INVOKE_TIMEOUT);
        if (answer.error() || !Arrays.equals(answer.body(), expected)) {
            throw new IllegalStateException("the launch was not answered as expected (the saved step not read?): "
                    + new String(answer.body(), StandardCharsets.UTF_8));
        }
        return millis(answer.took());
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }
}
