package com.trunkreleasehelper.bench;

import com.trunkreleasehelper.FunctionEnvironment;
import com.trunkreleasehelper.runtime.LambdaProcess;
import com.trunkreleasehelper.runtime.RuntimeApiStandIn;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * SnapStart's restore, measured for scripts/bench: starts the function as Lambda's Java runtime does on the
 * SnapStart init path ({@link LambdaProcess}: AWS's runtime interface client behind a Runtime API stand-in, the
 * template's handler, variables and JVM options), lets it "restore" at its checkpoint, and times the first
 * launch after that against the warm launches that follow in the same process, each from the event's hand-over
 * to the answer. Every answer must be the expected one.
 *
 * <p>No snapshot is taken here: the process goes on from where {@code restore/next} returned, so the first
 * launch pays exactly what init and priming left undone (class loading, TLS, the first DynamoDB call); a
 * real restore also pages the snapshot in, which only Lambda can show.
 *
 * <p>Arguments: a folder for the run (the task root and the runtime's output), launch event, expected response,
 * warm launches, progress table, DynamoDB endpoint, {@code --}, JVM options to add. Prints one JSON line: init,
 * first and warm durations in milliseconds.
 */
public final class RestoreBench {

    private static final Duration INIT_TIMEOUT = Duration.ofSeconds(60);

    private RestoreBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        byte[] event = Files.readAllBytes(Path.of(args[1]));
        byte[] expected = Files.readAllBytes(Path.of(args[2]));
        int warmLaunches = Integer.parseInt(args[3]);
        Map<String, String> table = Map.of(FunctionEnvironment.PROGRESS_TABLE, args[4]);
        Map<String, String> endpoint = Map.of(FunctionEnvironment.DYNAMODB_ENDPOINT, args[5]);
        List<String> jvmOptions = Arrays.asList(args).subList(Arrays.asList(args).indexOf("--") + 1, args.length);

        try (LambdaProcess lambda = LambdaProcess.start(folder, LambdaProcess.Init.SNAP_START, table, jvmOptions, endpoint)) {
            double init = millis(lambda.awaitCheckpoint(INIT_TIMEOUT));
            lambda.runtimeApi().restore();
            double first = launch(lambda, event, expected);
            List<Double> warm = new ArrayList<>();
            for (int i = 0; i < warmLaunches; i++) {
                warm.add(launch(lambda, event, expected));
            }
            System.out.printf(Locale.ROOT, "{\"init_ms\": %.3f, \"first_ms\": %.3f, \"warm_ms\": [%s]}%n", init, first,
                    warm.stream().map(ms -> String.format(Locale.ROOT, "%.3f", ms)).collect(Collectors.joining(", ")));
        }
    }

    private static double launch(LambdaProcess lambda, byte[] event, byte[] expected) throws Exception {
        RuntimeApiStandIn.Outcome answer = lambda.invoke(event);
        if (answer.failed() || !Arrays.equals(answer.body(), expected)) {
            throw new IllegalStateException("the launch was not answered as expected (the saved step not read?): "
                    + new String(answer.body(), StandardCharsets.UTF_8) + "\n" + lambda.output());
        }
        return millis(answer.took());
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }
}
