package com.trunkreleasehelper.local;

import com.trunkreleasehelper.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What `sam build` does with {@code CodeUri: lambda/}, step for step as aws-lambda-builders' Java Maven
 * workflow runs it: copy the folder into a scratch folder, run {@code mvn clean install} there, then
 * {@code mvn dependency:copy-dependencies -DincludeScope=runtime -Dmdep.prependGroupId=true}, and take
 * {@code target/classes} and {@code target/dependency}. The scratch folder here sits in a folder holding
 * another project's template.yaml, which must not change anything.
 */
class SamBuildTest {

    private static final List<String> INSTALL = List.of("mvn", "clean", "install");
    private static final List<String> COPY_DEPENDENCIES = List.of("mvn", "dependency:copy-dependencies",
            "-DincludeScope=runtime", "-Dmdep.prependGroupId=true");

    @TempDir
    Path temp;

    @Test
    void buildsWithSamBuildsStepsInAFolderBesideAnUnrelatedTemplate() throws Exception {
        Path scratch = scratchCopy();

        Result install = run(scratch, INSTALL);
        assertThat(install.status()).as(install.stderr()).isZero();
        Result copy = run(scratch, COPY_DEPENDENCIES);
        assertThat(copy.status()).as(copy.stderr()).isZero();

        assertThat(install.stderr()).contains("Tests are skipped.").doesNotContain("Tests run:");
        assertThat(scratch.resolve("target/classes/com/trunkreleasehelper/TrunkReleaseHelperHandler.class")).isRegularFile();
        assertThat(scratch.resolve("target/classes/apl/step.json")).isRegularFile();
        assertThat(fileNames(scratch.resolve("target/dependency")))
                .contains("com.amazon.alexa.ask-sdk-core-2.86.0.jar", "org.crac.crac-1.5.0.jar")
                .noneMatch(jar -> jar.startsWith("org.junit") || jar.startsWith("org.mockito") || jar.startsWith("org.assertj"));
    }

    @Test
    void aFailingBuildSaysWhyOnStandardErrorTheOnlyStreamSamBuildShows() throws Exception {
        Path scratch = scratchCopy();
        Path handler = scratch.resolve("src/main/java/com/trunkreleasehelper/TrunkReleaseHelperHandler.java");
        Files.writeString(handler, Files.readString(handler) + "\nnot java\n");

        Result install = run(scratch, INSTALL);

        assertThat(install.status()).isNotZero();
        assertThat(install.stderr()).contains("COMPILATION ERROR", "TrunkReleaseHelperHandler.java");
    }

    /** lambda/ as sam build copies it (everything but .aws-sam and .git; target is cleaned anyway). */
    private Path scratchCopy() throws IOException {
        Path other = Files.createDirectories(temp.resolve("another-project"));
        Files.writeString(other.resolve("template.yaml"), """
                AWSTemplateFormatVersion: "2010-09-09"
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Other:
                    Type: AWS::Serverless::Function
                    Properties: {CodeUri: scratch/, Handler: other.Handler::handleRequest, Runtime: java21}
                """);
        Path source = ProjectFiles.root().resolve("lambda");
        Path scratch = other.resolve("scratch");
        ProjectFiles.copyTree(source, scratch, p -> p.startsWith("target"));
        return scratch;
    }


    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private record Result(int status, String stderr) {
    }

    /** Runs Maven as the builder does, in the scratch folder; the builder logs only standard error on failure. */
    private Result run(Path folder, List<String> command) throws IOException, InterruptedException {
        Path err = Files.createTempFile(temp, "mvn", ".err");
        Process p = new ProcessBuilder(new ArrayList<>(command)).directory(folder.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        int status = p.waitFor();
        return new Result(status, Files.readString(err, StandardCharsets.UTF_8));
    }
}
