package com.trunkreleasehelper.local;

import com.trunkreleasehelper.testing.Envelopes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Skill Management API (SMAPI) operations scripts/deploy uses, on a loopback port, for the real ASK CLI
 * to call (it reads its endpoint from ASK_SMAPI_SERVER_BASE_URL): create a skill, update its manifest,
 * set a locale's interaction model (which starts its build), and report their status. Each request is
 * kept, and noted in a shared call log so its order against the other tools' calls shows.
 */
final class SmapiStandIn implements AutoCloseable {

    static final String SKILL_ID = "amzn1.ask.skill.11111111-2222-3333-4444-555555555555";
    static final String ACCESS_TOKEN = "stand-in-access-token";
    private static final Pattern MANIFEST = Pattern.compile("/v1/skills/([^/]+)/stages/development/manifest");
    private static final Pattern MODEL = Pattern.compile("/v1/skills/([^/]+)/stages/development/interactionModel/locales/([^/]+)");
    private static final Pattern STATUS = Pattern.compile("/v1/skills/([^/]+)/status");

    record Call(String method, String path, JsonNode body) {
    }

    private final HttpServer server;
    private final Path callLog;
    private final String modelBuildStatus;
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> locales = Collections.synchronizedSet(new LinkedHashSet<>());

    /** @param modelBuildStatus what every model build ends as: SUCCEEDED, or FAILED */
    SmapiStandIn(Path callLog, String modelBuildStatus) throws IOException {
        this.callLog = callLog;
        this.modelBuildStatus = modelBuildStatus;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getQuery();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? null : Envelopes.JSON.readTree(raw);
            calls.add(new Call(method, path + (query == null ? "" : "?" + query), body));
            note("smapi " + method + " " + path + (query == null ? "" : "?" + query));
            if (!("Bearer " + ACCESS_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                respond(exchange, 401, "{\"message\": \"no or wrong access token\"}");
                return;
            }
            Matcher m;
            if ("POST".equals(method) && "/v1/skills".equals(path)) {
                exchange.getResponseHeaders().add("Location", "/v1/skills/" + SKILL_ID + "/status?resource=manifest");
                respond(exchange, 202, "{\"skillId\": \"" + SKILL_ID + "\"}");
            } else if ("PUT".equals(method) && (m = MANIFEST.matcher(path)).matches() && SKILL_ID.equals(m.group(1))) {
                exchange.getResponseHeaders().add("Location", "/v1/skills/" + SKILL_ID + "/status?resource=manifest");
                respond(exchange, 202, "");
            } else if ("PUT".equals(method) && (m = MODEL.matcher(path)).matches() && SKILL_ID.equals(m.group(1))) {
                locales.add(m.group(2));
                exchange.getResponseHeaders().add("Location", "/v1/skills/" + SKILL_ID + "/status?resource=interactionModel");
                respond(exchange, 202, "");
            } else if ("GET".equals(method) && (m = STATUS.matcher(path)).matches() && SKILL_ID.equals(m.group(1))) {
                respond(exchange, 200, status(query).toString());
            } else {
                respond(exchange, 404, "{\"message\": \"the stand-in has no " + method + " " + path + "\"}");
            }
        }
    }

    /** The skill's status as SMAPI reports it: the manifest's last update, and each locale's model build. */
    private ObjectNode status(String query) {
        ObjectNode status = Envelopes.JSON.createObjectNode();
        if (query == null || query.contains("resource=manifest")) {
            status.putObject("manifest").putObject("lastUpdateRequest").put("status", "SUCCEEDED");
        }
        if (query == null || query.contains("resource=interactionModel")) {
            ObjectNode models = status.putObject("interactionModel");
            synchronized (locales) {
                locales.forEach(l -> models.putObject(l).putObject("lastUpdateRequest").put("status", modelBuildStatus));
            }
        }
        return status;
    }

    private void note(String line) {
        try {
            Files.writeString(callLog, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
