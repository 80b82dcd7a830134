package com.trunkreleasehelper.local;

import com.trunkreleasehelper.testing.Envelopes;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.ProjectFiles;
import com.trunkreleasehelper.testing.ResponseChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** scripts/invoke, run as a separate process the way a developer runs it. */
class InvokeTest {

    @TempDir
    Path temp;

    @Test
    void printsAValidAlexaResponseForTheLaunchEvent() throws Exception {
        Result r = invoke(event("launch.json"), "--env-vars", event("env.json"));

        assertThat(r.status).isZero();
        AlexaResponse response = new AlexaResponse(Envelopes.JSON.readTree(r.stdout));
        ResponseChecks.assertValid(response);
        assertThat(response.speech()).contains("Step 1");
    }

    @Test
    void aMissingEventFileIsOneLineAndNonZero() throws Exception {
        Result r = invoke(temp.resolve("missing.json").toString());

        assertThat(r.status).isNotZero();
        assertThat(r.stderr.strip()).startsWith("invoke: no such event").doesNotContain("\n");
    }

    @Test
    void anEventThatIsNotJsonIsOneLineAndNonZero() throws Exception {
        Path bad = Files.writeString(temp.resolve("bad.json"), "{\"request\": ");

        Result r = invoke(bad.toString());

        assertThat(r.status).isNotZero();
        assertThat(r.stderr.strip()).contains("is not valid JSON").doesNotContain("\n");
    }

    @Test
    void aHandlerErrorIsOneLineAndNonZero() throws Exception {
        Path env = Files.writeString(temp.resolve("env.json"),
                "{\"TrunkReleaseHelperFunction\": {\"SKILL_ID\": \"amzn1.ask.skill.someone-else\"}}");

        Result r = invoke(event("launch.json"), "--env-vars", env.toString());

        assertThat(r.status).isNotZero();
        assertThat(r.stdout).isEmpty();
        assertThat(r.stderr).contains("invoke: the handler failed: RejectedRequestException");
    }

    private record Result(int status, String stdout, String stderr) {
    }

    private Result invoke(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Invoke.class.getName(),
                "--project", ProjectFiles.root().toString()));
        command.addAll(List.of(args));
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int status = p.waitFor();
        return new Result(status, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8).replaceAll("(?m)^Picked up JAVA_TOOL_OPTIONS.*\\R", ""));
    }

    private static String event(String name) {
        return ProjectFiles.eventsFolder().resolve(name).toString();
    }
}
