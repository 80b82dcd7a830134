package com.trunkreleasehelper.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.trunkreleasehelper.testing.NpmTool;
import com.trunkreleasehelper.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * scripts/deploy, run on a copy of the files it reads (so nothing lands in the repository): its dry run,
 * and whole deploys with the real ASK CLI (npm, pinned in scripts/test) talking to a SMAPI stand-in, the
 * SAM and AWS CLIs replaced by recorders that answer as they would.
 */
class DeployScriptTest {

    private static final String SKILL_ID = "amzn1.ask.skill.dry-run";
    private static final String ENDPOINT = "arn:aws:lambda:eu-west-1:123456789012:function:trunk-release-helper-Fn:live";
    private static final Pattern ASK_CALL = Pattern.compile("ask smapi ([a-z-]+)((?:\\\\\\n|[^\\n])*)");
    private static final Pattern OPTION = Pattern.compile("(?<=\\s)--[a-z-]+");

    @TempDir
    Path temp;

    @Test
    void aDryRunPrintsEveryStepInOrder() throws Exception {
        String out = dryRun(project(), "--skill-id", SKILL_ID);

        assertThat(out).doesNotContain("create-skill-for-vendor").containsSubsequence(
                "+ sam build",
                "+ sam deploy",
                "SkillId=" + SKILL_ID,
                "+ aws cloudformation describe-stacks --stack-name trunk-release-helper",
                "+ ask smapi update-skill-manifest --skill-id " + SKILL_ID,
                "+ ask smapi get-skill-status --skill-id " + SKILL_ID + " --resource manifest",
                "+ ask smapi set-interaction-model --skill-id " + SKILL_ID,
                "+ ask smapi get-skill-status --skill-id " + SKILL_ID + " --resource interactionModel");
    }

    @Test
    void aDryRunUploadsEveryLocalesModel() throws Exception {
        String out = dryRun(project(), "--skill-id", SKILL_ID);

        for (String locale : locales()) {
            assertThat(out).contains("--locale " + locale + " --interaction-model file:");
        }
    }

    @Test
    void aFirstDryRunCreatesTheSkillBeforeDeployingTheStackWithItsId() throws Exception {
        String out = dryRun(project());

        assertThat(out).containsSubsequence("+ ask smapi create-skill-for-vendor --manifest file:",
                "+ sam build", "+ sam deploy --guided --parameter-overrides SkillId=<new-skill-id>",
                "+ ask smapi update-skill-manifest --skill-id <new-skill-id>");
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        Path project = project();
        Map<String, String> before = tree(project);

        dryRun(project);

        assertThat(tree(project)).isEqualTo(before);
    }

    @Test
    void aFirstDeployCreatesTheSkillDeploysTheStackWithItsIdThenSetsTheEndpointAndBuildsTheModels() throws Exception {
        Path project = project();
        Path calls = temp.resolve("calls.log");
        try (SmapiStandIn smapi = new SmapiStandIn(calls, "SUCCEEDED")) {
            Result r = deploy(project, tools(smapi, calls));

            assertThat(r.status()).as(r.output()).isZero();
            List<String> log = Files.readAllLines(calls);
            assertThat(log).containsSubsequence(
                    "smapi POST /v1/skills",
                    "smapi GET /v1/skills/" + SmapiStandIn.SKILL_ID + "/status?resource=manifest",
                    "sam build",
                    "sam deploy --guided --parameter-overrides SkillId=" + SmapiStandIn.SKILL_ID,
                    "aws cloudformation describe-stacks --stack-name trunk-release-helper --query Stacks[0].Outputs[?OutputKey=='SkillEndpointArn'].OutputValue --output text",
                    "smapi PUT /v1/skills/" + SmapiStandIn.SKILL_ID + "/stages/development/manifest",
                    "smapi GET /v1/skills/" + SmapiStandIn.SKILL_ID + "/status?resource=manifest",
                    "smapi PUT /v1/skills/" + SmapiStandIn.SKILL_ID + "/stages/development/interactionModel/locales/en-US",
                    "smapi GET /v1/skills/" + SmapiStandIn.SKILL_ID + "/status?resource=interactionModel");
            assertThat(Files.readString(project.resolve(".ask/skill-id")).strip()).isEqualTo(SmapiStandIn.SKILL_ID);

            JsonNode created = body(smapi, "POST", "/v1/skills");
            assertThat(created.path("vendorId").asText()).isEqualTo("M1STANDINVENDOR");
            assertThat(created.path("manifest").path("publishingInformation").path("locales").has("en-US")).isTrue();
            assertThat(created.path("manifest").path("apis").path("custom").has("endpoint"))
                    .as("the new skill has no endpoint until the stack exists").isFalse();
            JsonNode updated = body(smapi, "PUT", "/v1/skills/" + SmapiStandIn.SKILL_ID + "/stages/development/manifest");
            assertThat(updated.path("manifest").path("apis").path("custom").path("endpoint").path("uri").asText()).isEqualTo(ENDPOINT);
            assertThat(updated.path("manifest").path("apis").path("custom").path("interfaces")).isNotEmpty();
            for (String locale : locales()) {
                JsonNode model = body(smapi, "PUT", "/v1/skills/" + SmapiStandIn.SKILL_ID + "/stages/development/interactionModel/locales/" + locale);
                assertThat(model).isEqualTo(ProjectFiles.json(ProjectFiles.interactionModel(locale)));
            }
        }
    }

    @Test
    void aLaterDeployUsesTheSavedSkillIdAndCreatesNothing() throws Exception {
        Path project = project("en-US");
        // What the first deploy leaves: the skill's ID, and the region sam deploy --guided saved.
        Files.createDirectories(project.resolve(".ask"));
        Files.writeString(project.resolve(".ask/skill-id"), SmapiStandIn.SKILL_ID + "\n");
        Files.writeString(project.resolve("samconfig.toml"), "region = \"eu-west-1\"\n", StandardOpenOption.APPEND);
        Path calls = temp.resolve("calls.log");
        try (SmapiStandIn smapi = new SmapiStandIn(calls, "SUCCEEDED")) {
            Result r = deploy(project, tools(smapi, calls));

            assertThat(r.status()).as(r.output()).isZero();
            assertThat(Files.readAllLines(calls)).doesNotContain("smapi POST /v1/skills").containsSubsequence(
                    "sam deploy --parameter-overrides SkillId=" + SmapiStandIn.SKILL_ID,
                    "smapi PUT /v1/skills/" + SmapiStandIn.SKILL_ID + "/stages/development/manifest",
                    "smapi PUT /v1/skills/" + SmapiStandIn.SKILL_ID + "/stages/development/interactionModel/locales/en-US");
        }
    }

    @Test
    void aModelBuildThatFailsStopsTheDeployWithTheServicesAnswer() throws Exception {
        Path calls = temp.resolve("calls.log");
        try (SmapiStandIn smapi = new SmapiStandIn(calls, "FAILED")) {
            Result r = deploy(project("en-US"), tools(smapi, calls), "--skill-id", SmapiStandIn.SKILL_ID);

            assertThat(r.status()).isNotZero();
            assertThat(r.output()).contains("error: the skill's interactionModel update failed").contains("\"FAILED\"");
        }
    }

    @Test
    void everyAskCommandAndOptionTheScriptUsesIsInTheAskClisOwnHelp() throws Exception {
        Path ask = askCli();
        Map<String, Set<String>> used = new LinkedHashMap<>();
        Matcher calls = ASK_CALL.matcher(Files.readString(ProjectFiles.root().resolve("scripts/deploy")));
        while (calls.find()) {
            Set<String> options = used.computeIfAbsent(calls.group(1), c -> new LinkedHashSet<>());
            OPTION.matcher(calls.group(2)).results().forEach(o -> options.add(o.group()));
        }
        assertThat(used).containsKeys("create-skill-for-vendor", "update-skill-manifest", "set-interaction-model", "get-skill-status");

        for (Map.Entry<String, Set<String>> command : used.entrySet()) {
            Process p = new ProcessBuilder(ask.toString(), "smapi", command.getKey(), "--help").redirectErrorStream(true).start();
            String help = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(help).isZero();
            assertThat(help).as(command.getKey()).startsWith("Usage: ask smapi " + command.getKey());
            for (String option : command.getValue()) {
                assertThat(help).as(command.getKey() + " " + option).containsPattern("(^|[\\s,])" + Pattern.quote(option) + " <");
            }
        }
    }

    private static Path askCli() {
        return NpmTool.modules("ask-cli").resolve(".bin/ask");
    }

    /** The real ASK CLI against the stand-in, and recorders for sam and aws, first on the PATH. */
    private Map<String, String> tools(SmapiStandIn smapi, Path calls) throws IOException {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path ask = bin.resolve("ask");
        Files.deleteIfExists(ask);
        Files.createSymbolicLink(ask, askCli());
        script(bin.resolve("sam"), """
                echo "sam $*" >> "$CALL_LOG"
                # sam deploy --guided saves the region it asked for, as the real one does.
                if [ "$1 ${2:-}" = "deploy --guided" ]; then echo 'region = "eu-west-1"' >> samconfig.toml; fi
                """);
        script(bin.resolve("aws"), """
                echo "aws $*" >> "$CALL_LOG"
                case "$1" in
                  sts) echo '{"Account": "123456789012"}' ;;
                  cloudformation) echo '%s' ;;
                esac
                """.formatted(ENDPOINT));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("CALL_LOG", calls.toString());
        env.put("HOME", Files.createDirectories(temp.resolve("home")).toString());
        env.put("ASK_SMAPI_SERVER_BASE_URL", smapi.baseUrl());
        // The CLI's profile from the environment (it needs all four to use it); no real credential anywhere.
        env.put("ASK_ACCESS_TOKEN", SmapiStandIn.ACCESS_TOKEN);
        env.put("ASK_VENDOR_ID", "M1STANDINVENDOR");
        env.put("AWS_ACCESS_KEY_ID", "stand-in");
        env.put("AWS_SECRET_ACCESS_KEY", "stand-in");
        // No usage metrics and no version check: the CLI would call out to the internet for both.
        env.put("ASK_SHARE_USAGE", "false");
        env.put("ASK_SKIP_NEW_VERSION_REMINDER", "true");
        return env;
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\nset -euo pipefail\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static JsonNode body(SmapiStandIn smapi, String method, String path) {
        return smapi.calls().stream().filter(c -> c.method().equals(method) && c.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + method + " " + path + " in " + smapi.calls())).body();
    }

    /** The files scripts/deploy reads, laid out as in the repository: every locale's model, or just these. */
    private Path project(String... locales) throws IOException {
        Path project = temp.resolve("project");
        Path root = ProjectFiles.root();
        for (String file : List.of("scripts/deploy", "samconfig.toml", "interaction-model/skill.json")) {
            copy(root.resolve(file), project.resolve(file));
        }
        for (String locale : locales.length > 0 ? List.of(locales) : locales()) {
            copy(ProjectFiles.interactionModel(locale), project.resolve("interaction-model").resolve(locale + ".json"));
        }
        return project;
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new UncheckedIOException(from.toString(), e);
        }
    }

    /** Every file under the folder with its content. */
    private static Map<String, String> tree(Path folder) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted().toList()) {
                files.put(folder.relativize(p).toString(), Files.isDirectory(p) ? "/" : Files.readString(p));
            }
        }
        return files;
    }

    private static List<String> locales() throws IOException {
        try (Stream<Path> files = Files.list(ProjectFiles.root().resolve("interaction-model"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("[a-z]{2}-[A-Z]{2}\\.json"))
                    .map(n -> n.replace(".json", "")).sorted().toList();
        }
    }

    private record Result(int status, String output) {
    }

    /** A dry run, which must succeed without sam, ask, aws or credentials. */
    private String dryRun(Path project, String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("--dry-run"));
        all.addAll(List.of(args));
        Result r = deploy(project, Map.of(), all.toArray(String[]::new));
        assertThat(r.status()).as(r.output()).isZero();
        return r.output();
    }

    private Result deploy(Path project, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "scripts/deploy"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }
}
