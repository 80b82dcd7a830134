package com.trunkreleasehelper.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The parts of template.yaml that a local invoke needs, read the way `sam local invoke` reads them. */
public final class SamTemplate {

    private static final Pattern SHORT_REF = Pattern.compile("!Ref\\s+([\\w.:-]+)");
    private static final Pattern SHORT_FN = Pattern.compile("!(GetAtt|Sub|Join|Select|If|Equals|FindInMap|ImportValue)\\s+(.+)");
    private static final String FUNCTION_TYPE = "AWS::Serverless::Function";
    /** The variable that carries the function's JVM options; the JVM reads it itself. */
    public static final String JVM_OPTIONS = "JAVA_TOOL_OPTIONS";
    /** Where Lambda unpacks the function ({@code LAMBDA_TASK_ROOT}). */
    public static final String LAMBDA_TASK_ROOT = "/var/task";
    private final JsonNode template;

    private SamTemplate(JsonNode template) {
        this.template = template;
    }

    public static SamTemplate read(Path file) throws IOException {
        return new SamTemplate(new ObjectMapper(new YAMLFactory()).readTree(longFormIntrinsics(Files.readString(file))));
    }

    /** "!Ref X" and "!Sub y" as their long forms, since a YAML tree keeps no tags. */
    static String longFormIntrinsics(String yaml) {
        return SHORT_REF.matcher(SHORT_FN.matcher(yaml).replaceAll("{\"Fn::$1\": $2}")).replaceAll("{Ref: $1}");
    }

    /** The logical ID of the template's only function. */
    public String functionId() {
        String found = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Resources").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> resource = it.next();
            if (FUNCTION_TYPE.equals(resource.getValue().path("Type").asText())) {
                if (found != null) {
                    throw new IllegalStateException("template.yaml declares more than one function");
                }
                found = resource.getKey();
            }
        }
        if (found == null) {
            throw new IllegalStateException("template.yaml declares no " + FUNCTION_TYPE);
        }
        return found;
    }

    public JsonNode function() {
        return resource(functionId());
    }

    /** The properties of the resource with this logical ID. */
    public JsonNode resource(String logicalId) {
        return template.path("Resources").path(logicalId).path("Properties");
    }

    /** {@code com.example.Handler::handleRequest} split into class and method. */
    public String[] handler() {
        String[] parts = function().path("Handler").asText().split("::");
        return new String[]{parts[0], parts.length > 1 ? parts[1] : "handleRequest"};
    }

    /**
     * The function's environment as SAM builds it locally: literal values as written, references to
     * parameters as the parameter's default or empty, then the overrides for variables the template declares.
     */
    public Map<String, String> environment(JsonNode overrides) {
        Map<String, String> env = new LinkedHashMap<>();
        function().path("Environment").path("Variables").fields().forEachRemaining(e ->
                env.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : parameterDefault(e.getValue())));
        if (overrides != null) {
            JsonNode scoped = overrides.has(functionId()) ? overrides.get(functionId()) : overrides.path("Parameters");
            scoped.fields().forEachRemaining(e -> env.computeIfPresent(e.getKey(), (k, v) -> e.getValue().asText()));
        }
        return env;
    }

    /**
     * The same environment for a function laid out in {@code taskRoot} instead of Lambda's {@value #LAMBDA_TASK_ROOT}:
     * a path the template gives under {@value #LAMBDA_TASK_ROOT} (a file the JVM options name, say) points into it.
     */
    public Map<String, String> environment(JsonNode overrides, Path taskRoot) {
        Map<String, String> env = environment(overrides);
        env.replaceAll((name, value) -> value.replace(LAMBDA_TASK_ROOT + "/", taskRoot.toAbsolutePath() + "/"));
        return env;
    }

    private String parameterDefault(JsonNode reference) {
        String name = reference.path("Ref").asText(reference.asText());
        return template.path("Parameters").path(name).path("Default").asText("");
    }
}
