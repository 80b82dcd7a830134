package com.trunkreleasehelper.local;

import com.trunkreleasehelper.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** scripts/deploy --dry-run prints the whole deployment without needing sam, ask or AWS credentials. */
class DeployScriptTest {

    private static final String SKILL_ID = "amzn1.ask.skill.dry-run";

    @Test
    void aDryRunPrintsEveryStepInOrder() throws Exception {
        String out = dryRun();

        assertThat(out).containsSubsequence(
                "+ sam build",
                "+ sam deploy",
                "SkillId=" + SKILL_ID,
                "+ aws cloudformation describe-stacks --stack-name trunk-release-helper",
                "+ ask smapi update-skill-manifest --skill-id " + SKILL_ID,
                "+ ask smapi set-interaction-model --skill-id " + SKILL_ID);
    }

    @Test
    void aDryRunUploadsEveryLocalesModel() throws Exception {
        String out = dryRun();

        for (String locale : locales()) {
            assertThat(out).contains("--locale " + locale + " --interaction-model file:");
        }
    }

    private static List<String> locales() throws IOException {
        try (Stream<Path> files = Files.list(ProjectFiles.root().resolve("interaction-model"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("[a-z]{2}-[A-Z]{2}\\.json"))
                    .map(n -> n.replace(".json", "")).toList();
        }
    }

    private static String dryRun() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "scripts/deploy", "--dry-run", "--skill-id", SKILL_ID)
                .directory(ProjectFiles.root().toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
