package com.trunkreleasehelper.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.trunkreleasehelper.testing.Envelopes;
import com.trunkreleasehelper.local.SamTemplate;
import com.trunkreleasehelper.testing.ProjectFiles;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The function started the way Lambda's Java runtime starts it: a JVM whose class path is AWS's runtime
 * interface client with its own dependencies (Lambda's {@code /var/runtime/lib}), main class
 * {@code AWSLambda}, the template's handler string as its one argument, working in a {@code /var/task}-style
 * folder ({@link TaskRoot}), with {@code AWS_LAMBDA_RUNTIME_API} pointing at a {@link RuntimeApiStandIn}.
 * Its environment is only what Lambda gives a function: the template's variables (JAVA_TOOL_OPTIONS among
 * them, which the JVM reads itself), memory size, log format, handler and task root, and for a SnapStart
 * version {@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start} and the container credentials variables (a SnapStart
 * function gets no key variables). The JVM options are those of Lambda's Java
 * runtime command line that matter here, {@code -Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac}
 * (the CRaC bridge) among them.
 * <p>
 * Reusable: {@code try (LambdaProcess lambda = LambdaProcess.start(folder, Init.SNAP_START, Map.of(), List.of())) {
 * lambda.awaitCheckpoint(...); lambda.runtimeApi().restore(); lambda.invoke(event); }}
 * {@code scripts/bench} times SnapStart's restore with it ({@code bench.RestoreBench}).
 */
public final class LambdaProcess implements AutoCloseable {

    static final String MAIN_CLASS = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    private static final String CLIENT_ARTIFACT = "aws-lambda-java-runtime-interface-client";
    private static final String CLIENT_POM = "META-INF/maven/com.amazonaws/" + CLIENT_ARTIFACT + "/pom.xml";
    private static final List<String> LAMBDA_JVM_OPTIONS = List.of(
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac",
            "-Djava.net.preferIPv4Stack=true",
            "-XX:+ErrorFileToStderr");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(20);

    /** How Lambda starts this execution environment: on demand, or to take a SnapStart snapshot. */
    public enum Init {
        ON_DEMAND("on-demand"), SNAP_START("snap-start");

        final String initializationType;

        Init(String initializationType) {
            this.initializationType = initializationType;
        }
    }

    private final Process process;
    private final RuntimeApiStandIn runtimeApi;
    private final Path output;
    private final long startedAt;

    private LambdaProcess(Process process, RuntimeApiStandIn runtimeApi, Path output, long startedAt) {
        this.process = process;
        this.runtimeApi = runtimeApi;
        this.output = output;
        this.startedAt = startedAt;
    }

    /** As {@link #start(Path, Init, Map, List, Map)}, with nothing outside the template's variables. */
    public static LambdaProcess start(Path folder, Init init, Map<String, String> variables, List<String> extraJvmOptions)
            throws IOException {
        return start(folder, init, variables, extraJvmOptions, Map.of());
    }

    /**
     * Lays the function out under {@code folder} (task/), and starts it.
     *
     * @param variables       values for variables the template declares (as sam local's env.json overrides them)
     * @param extraJvmOptions options to add for observation (a class-loading log, say); empty to run as Lambda does
     * @param extraVariables  variables the template does not declare (a local DynamoDB endpoint, say)
     */
    public static LambdaProcess start(Path folder, Init init, Map<String, String> variables, List<String> extraJvmOptions,
                                      Map<String, String> extraVariables) throws IOException {
        SamTemplate template = SamTemplate.read(ProjectFiles.root().resolve("template.yaml"));
        JsonNode function = template.function();
        Path task = TaskRoot.build(Files.createDirectories(folder.resolve("task")));
        Duration timeout = Duration.ofSeconds(function.path("Timeout").asLong(3));
        String functionName = template.functionId();
        RuntimeApiStandIn runtimeApi = new RuntimeApiStandIn(
                "arn:aws:lambda:us-east-1:123456789012:function:" + functionName + ":live", timeout);

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(LAMBDA_JVM_OPTIONS);
        command.addAll(extraJvmOptions);
        command.addAll(List.of("-classpath", runtimeClasspath(), MAIN_CLASS, function.path("Handler").asText()));

        ProcessBuilder builder = new ProcessBuilder(command).directory(task.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "en_US.UTF-8");
        env.put("TZ", ":UTC");
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi.address());
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", init.initializationType);
        env.put("AWS_LAMBDA_FUNCTION_NAME", functionName);
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "1");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", function.path("MemorySize").asText("128"));
        env.put("AWS_LAMBDA_LOG_FORMAT", function.path("LoggingConfig").path("LogFormat").asText("Text").toUpperCase());
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + functionName);
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "stand-in");
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("_HANDLER", function.path("Handler").asText());
        env.put("LAMBDA_TASK_ROOT", task.toString());
        JsonNode overrides = Envelopes.JSON.createObjectNode().set("Parameters", Envelopes.JSON.valueToTree(variables));
        env.putAll(template.environment(overrides, task));
        if (init == Init.SNAP_START) {
            env.putAll(runtimeApi.credentialsEnvironment());
        }
        env.putAll(extraVariables);

        Path output = folder.resolve("output.txt");
        long startedAt = System.nanoTime();
        Process process = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new LambdaProcess(process, runtimeApi, output, startedAt);
    }

    public RuntimeApiStandIn runtimeApi() {
        return runtimeApi;
    }

    /**
     * Waits until the runtime reaches its checkpoint ({@code /restore/next}, its beforeCheckpoint hooks run) and
     * returns how long that took from the process's start; fails at once if it exits or reports an error first.
     */
    public Duration awaitCheckpoint(Duration wait) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!runtimeApi.reachedCheckpoint()) {
            if (!process.isAlive() || !runtimeApi.reports().isEmpty()) {
                throw new IllegalStateException("the runtime did not reach its checkpoint: " + runtimeApi.reports() + "\n" + output());
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the runtime did not reach its checkpoint (/restore/next) within " + wait);
            }
            Thread.sleep(POLL.toMillis());
        }
        return Duration.ofNanos(runtimeApi.checkpointAt() - startedAt);
    }

    /** Sends one event through the Runtime API and returns what the runtime posted. */
    public RuntimeApiStandIn.Outcome invoke(byte[] event) throws InterruptedException, TimeoutException {
        if (!process.isAlive()) {
            throw new IllegalStateException("the runtime has exited:\n" + output());
        }
        return runtimeApi.invoke(event, WAIT);
    }

    /** Everything the process wrote to standard output and error so far (Lambda sends both to its log). */
    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** The runtime interface client's jar and the jars of its own dependencies, from the test class path. */
    static String runtimeClasspath() throws IOException {
        List<String> classpath = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        String client = classpath.stream().filter(e -> Path.of(e).getFileName().toString().startsWith(CLIENT_ARTIFACT + "-"))
                .findFirst().orElseThrow(() -> new IllegalStateException(CLIENT_ARTIFACT + " is not on the test class path"));
        List<String> runtime = new ArrayList<>(List.of(client));
        for (String jarName : dependencyJarNames(Path.of(client))) {
            runtime.add(classpath.stream().filter(e -> Path.of(e).getFileName().toString().equals(jarName)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(jarName + ", which the runtime needs, is not on the test class path")));
        }
        return String.join(File.pathSeparator, runtime);
    }

    /** artifactId-version.jar of each dependency the client's own pom declares outside test scope. */
    private static List<String> dependencyJarNames(Path clientJar) throws IOException {
        try (JarFile jar = new JarFile(clientJar.toFile())) {
            ZipEntry pom = jar.getEntry(CLIENT_POM);
            try (InputStream in = jar.getInputStream(pom)) {
                NodeList dependencies = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                        .getElementsByTagName("dependency");
                Map<String, String> jars = new LinkedHashMap<>();
                for (int i = 0; i < dependencies.getLength(); i++) {
                    Element d = (Element) dependencies.item(i);
                    if (!"test".equals(text(d, "scope")) && d.getParentNode().getParentNode().getNodeName().equals("project")) {
                        jars.put(text(d, "artifactId"), text(d, "artifactId") + "-" + text(d, "version") + ".jar");
                    }
                }
                return List.copyOf(jars.values());
            }
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read " + CLIENT_POM, e);
        }
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        runtimeApi.close();
    }
}
