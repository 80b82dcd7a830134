package com.trunkreleasehelper.local;

import com.trunkreleasehelper.testing.LocalContext;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The Lambda Java runtime in miniature, run in the JVM that {@link Invoke} starts: constructs the handler
 * with its no-argument constructor and calls {@code handleRequest(InputStream, OutputStream, Context)}
 * with the event on standard input; the response goes to standard output, the function's logs to
 * standard error, and a failure to one line on standard error with exit status 1.
 */
public final class RuntimeShim {

    private RuntimeShim() {
    }

    public static void main(String[] args) {
        PrintStream stdout = System.out;
        System.setOut(System.err);
        try {
            Class<?> type = Class.forName(args[0]);
            if (!"handleRequest".equals(args[1]) || !RequestStreamHandler.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException(args[0] + "::" + args[1] + " is not a RequestStreamHandler");
            }
            RequestStreamHandler handler = (RequestStreamHandler) type.getDeclaredConstructor().newInstance();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(System.in, out, new LocalContext());
            stdout.println(out.toString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            Throwable cause = e.getCause() != null && !(e instanceof IllegalArgumentException) ? e.getCause() : e;
            System.err.println("invoke: the handler failed: " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
            System.exit(1);
        }
    }
}
