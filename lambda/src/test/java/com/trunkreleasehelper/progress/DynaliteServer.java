package com.trunkreleasehelper.progress;

import com.trunkreleasehelper.testing.ProjectFiles;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A real DynamoDB-compatible server for the tests: dynalite (MIT, in-memory), run as a child process on a
 * free loopback port. scripts/test installs it with npm into target/dynalite; CI requires it
 * ({@code -Ddynalite.required=true}), a developer without Node.js sees these tests skipped with the reason.
 */
final class DynaliteServer implements AutoCloseable {

    private final Process process;
    private final int port;

    private DynaliteServer(Process process, int port) {
        this.process = process;
        this.port = port;
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
