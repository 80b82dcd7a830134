package com.trunkreleasehelper.local;

import com.trunkreleasehelper.testing.Envelopes;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.trunkreleasehelper.FunctionEnvironment;
import com.trunkreleasehelper.runtime.TaskRoot;
import com.trunkreleasehelper.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** template.yaml agrees with the code: the handler exists, and the environment is what the code reads. */
class SamTemplateTest {

    private static SamTemplate template() throws IOException {
        return SamTemplate.read(ProjectFiles.root().resolve("template.yaml"));
    }

    @Test
    void theHandlerIsAStreamHandlerWithAPublicNoArgumentConstructor() throws Exception {
        String[] handler = template().handler();

        Class<?> type = Class.forName(handler[0]);
        assertThat(RequestStreamHandler.class).isAssignableFrom(type);
        assertThat(type.getConstructor().getParameterCount()).isZero();
        assertThat(type.getMethod(handler[1], InputStream.class, OutputStream.class, Context.class)).isNotNull();
    }

    @Test
    void theEnvironmentIsExactlyWhatTheCodeReadsPlusJvmOptions() throws IOException {
        Set<String> declared = new HashSet<>(template().environment(null).keySet());

        assertThat(declared.remove(SamTemplate.JVM_OPTIONS)).isTrue();
        assertThat(declared).containsExactlyInAnyOrderElementsOf(FunctionEnvironment.READ_BY_THE_FUNCTION);
    }

    @Test
    void theReadmesDeployTableShowsTheTemplatesJvmOptions() throws IOException {
        String row = "| `" + SamTemplate.JVM_OPTIONS + "` | ";

        assertThat(Files.readAllLines(ProjectFiles.root().resolve("README.md")))
                .filteredOn(line -> line.startsWith(row))
                .singleElement().asString()
                .startsWith(row + "`" + template().environment(null).get(SamTemplate.JVM_OPTIONS) + "` |");
    }

    @Test
    void theSlf4jBindingTheJvmOptionsNameIsTheOneThePackageShips() throws Exception {
        Matcher provider = Pattern.compile("-Dslf4j\\.provider=(\\S+)").matcher(template().environment(null).get(SamTemplate.JVM_OPTIONS));

        assertThat(provider.find()).isTrue();
        assertThat(SLF4JServiceProvider.class).isAssignableFrom(Class.forName(provider.group(1)));
    }

    @Test
    void theSecurityPropertiesTheJvmOptionsNameAreAFileThePackageShipsAtTheTaskRoot() throws IOException {
        Matcher file = Pattern.compile("-Djava\\.security\\.properties=" + SamTemplate.LAMBDA_TASK_ROOT + "/(\\S+)")
                .matcher(template().environment(null).get(SamTemplate.JVM_OPTIONS));

        assertThat(file.find()).isTrue();
        assertThat(TaskRoot.classes().resolve(file.group(1))).isRegularFile();
    }

    @Test
    void pathsUnderTheTaskRootPointIntoALocalLayout() throws IOException {
        Path local = Path.of("/tmp/function");

        assertThat(template().environment(null, local).get(SamTemplate.JVM_OPTIONS))
                .contains("=" + local + "/").doesNotContain(SamTemplate.LAMBDA_TASK_ROOT + "/");
    }

    @Test
    void theSkillIdComesFromTheParameterAndIsEmptyLocallyWithoutADefault() throws IOException {
        assertThat(template().environment(null)).containsEntry(FunctionEnvironment.SKILL_ID, "");
    }

    @Test
    void envVarsOverrideOnlyDeclaredVariablesLikeSam() throws IOException {
        var overrides = Envelopes.JSON.createObjectNode();
        overrides.putObject(template().functionId()).put(FunctionEnvironment.SKILL_ID, "amzn1.ask.skill.x").put("EXTRA", "1");

        assertThat(template().environment(overrides))
                .containsEntry(FunctionEnvironment.SKILL_ID, "amzn1.ask.skill.x")
                .doesNotContainKey("EXTRA");
    }

    @Test
    void timeoutFitsInsideAlexasEightSeconds() throws IOException {
        assertThat(template().function().path("Timeout").asInt()).isBetween(1, 8);
    }
}
