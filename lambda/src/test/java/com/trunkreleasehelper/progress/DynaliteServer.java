package com.trunkreleasehelper.progress;

import com.trunkreleasehelper.logging.SkillLog;
import com.fasterxml.jackson.databind.JsonNode;
import com.trunkreleasehelper.json.Json;
import com.trunkreleasehelper.testing.Envelopes;
import com.trunkreleasehelper.local.SamTemplate;
import com.trunkreleasehelper.progress.aws.AwsEnvironment;
import com.trunkreleasehelper.progress.aws.DynamoDbHttpClient;
import com.trunkreleasehelper.testing.ProjectFiles;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A real DynamoDB-compatible server for the tests: dynalite (MIT, in-memory), run as a child process on a
 * free loopback port. scripts/test installs it with npm into target/dynalite; CI requires it
 * ({@code -Ddynalite.required=true}), a developer without Node.js sees these tests skipped with the reason.
 */
public final class DynaliteServer implements AutoCloseable {

    /** What dynalite is called with: it checks that requests are signed, not by whom. */
    static final Map<String, String> CREDENTIALS = Map.of(AwsEnvironment.REGION, "us-east-1",
            AwsEnvironment.ACCESS_KEY_ID, "local", AwsEnvironment.SECRET_ACCESS_KEY, "local");

    private final Process process;
    private final int port;
    private final DynamoDbHttpClient client;

    private DynaliteServer(Process process, int port) {
        this.process = process;
        this.port = port;
        this.client = DynamoDbHttpClient.fromEnvironment(CREDENTIALS, endpoint(), new SkillLog(line -> { }));
    }

    static DynaliteServer start() throws IOException, InterruptedException {
        Path bin = Path.of(System.getProperty("dynalite.bin",
                ProjectFiles.root().resolve("target/dynalite/node_modules/.bin/dynalite").toString()));
        String missing = "dynalite is not installed at " + bin + " (scripts/test installs it with npm)";
        if (Boolean.getBoolean("dynalite.required")) {
            if (!Files.isExecutable(bin)) {
                throw new IllegalStateException(missing);
            }
        } else {
            Assumptions.assumeTrue(Files.isExecutable(bin), missing);
        }
        int port = freePort();
        Process process = new ProcessBuilder(bin.toString(), "--port", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        DynaliteServer server = new DynaliteServer(process, port);
        server.awaitListening();
        return server;
    }

    String endpoint() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** A client for this server, with credentials it accepts. */
    DynamoDbHttpClient client() {
        return client;
    }

    /** A new, empty table made from template.yaml's own definition of the progress table; returns its name. */
    String createProgressTable() throws IOException, InterruptedException {
        String table = "progress-" + UUID.randomUUID();
        createTable(client, SamTemplate.read(ProjectFiles.root().resolve("template.yaml")).resource("ProgressTable"), table);
        return table;
    }

    /** Creates {@code table} as {@code definition} (a template's table resource) says, and waits until it is active. */
    public static void createTable(DynamoDbHttpClient client, JsonNode definition, String table) throws InterruptedException {
        Map<String, Object> create = new LinkedHashMap<>();
        create.put("TableName", table);
        create.put("AttributeDefinitions", Envelopes.JSON.convertValue(definition.get("AttributeDefinitions"), List.class));
        create.put("KeySchema", Envelopes.JSON.convertValue(definition.get("KeySchema"), List.class));
        create.put("BillingMode", definition.get("BillingMode").asText());
        client.call("CreateTable", create, Deadlines.generous());
        for (int i = 0; i < 200; i++) {
            Map<String, Object> described = Json.object(client.call("DescribeTable", Map.of("TableName", table),
                    Deadlines.generous()), "Table");
            if ("ACTIVE".equals(Json.text(described, "TableStatus"))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("table " + table + " never became active");
    }

    private void awaitListening() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("dynalite exited with " + process.exitValue());
                }
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("dynalite did not start listening on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
