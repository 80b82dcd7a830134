package com.trunkreleasehelper.progress;

import com.trunkreleasehelper.local.SamTemplate;
import com.trunkreleasehelper.runtime.TaskRoot;
import com.trunkreleasehelper.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Provider;
import java.security.Security;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template's JVM options leave the function's JVM only the JCA providers it uses, and the DynamoDB store's
 * whole path still works with them: in a JVM started with those options, every priming call goes through TLS 1.3
 * (handshake, certificate checks, host name) with SigV4 signing, and the JVM lists five providers, not the JDK's
 * twelve.
 */
class TemplateJvmProvidersTest {

    private static final String USED = "SUN,SunRsaSign,SunEC,SunJSSE,SunJCE";
    private static final String SECURITY_PROPERTIES = "-Djava.security.properties=";

    @Test
    void underTheTemplatesJvmOptionsTheStoresTlsPathAnswersWithOnlyTheFiveProvidersItUses() throws Exception {
        String options = templateJvmOptions();

        assertThat(probe(options)).containsExactly("answered " + 3 * DynamoDbPriming.ROUNDS, "providers " + USED);
    }

    @Test
    void withoutTheSecurityPropertiesTheJdkListsMore() throws Exception {
        String options = Arrays.stream(templateJvmOptions().split(" "))
                .filter(option -> !option.startsWith(SECURITY_PROPERTIES)).collect(Collectors.joining(" "));

        assertThat(probe(options)).hasSize(2).last().asString().startsWith("providers " + USED + ",");
    }

    private static String templateJvmOptions() throws IOException {
        return SamTemplate.read(ProjectFiles.root().resolve("template.yaml"))
                .environment(null, TaskRoot.classes()).get(SamTemplate.JVM_OPTIONS);
    }

    /** Runs {@link Probe} in a new JVM with these options; its two lines. */
    private static List<String> probe(String jvmOptions) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Probe.class.getName()).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put(SamTemplate.JVM_OPTIONS, jvmOptions);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out.lines().toList();
    }

    /** Primes the store's path against the loopback stand-in, then lists the JVM's providers. */
    static final class Probe {
        public static void main(String[] args) {
            System.out.println("answered " + DynamoDbPriming.prime());
            System.out.println("providers " + Arrays.stream(Security.getProviders()).map(Provider::getName)
                    .collect(Collectors.joining(",")));
        }
    }
}
