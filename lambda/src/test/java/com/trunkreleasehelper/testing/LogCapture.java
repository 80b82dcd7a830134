package com.trunkreleasehelper.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** Runs code with standard output captured, since the skill's log lines go there. */
public final class LogCapture {

    private LogCapture() {
    }

    public record Captured<T>(T value, String log) {
    }

    public static synchronized <T> Captured<T> capture(Supplier<T> action) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            T value = action.get();
            return new Captured<>(value, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
