import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One cold start, as the Lambda Java runtime does it: load the handler class, construct it, answer one
 * event, exit. {@code --hello} only prints, for the JVM's own floor. Used by scripts/bench.
 *   ColdStart handler event.json [expected-response.json]
 * With a third argument the answer must be exactly that response (the launch found the saved step).
 */
public final class ColdStart {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--hello")) {
            System.out.println("hello");
            return;
        }
        RequestStreamHandler handler = (RequestStreamHandler) Class.forName(args[0]).getDeclaredConstructor().newInstance();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new FileInputStream(args[1])) {
            handler.handleRequest(in, out, new BenchContext());
        }
        if (out.size() == 0 || !out.toString().contains("outputSpeech")) {
            throw new IllegalStateException("no spoken answer: " + out);
        }
        if (args.length > 2 && !Arrays.equals(out.toByteArray(), Files.readAllBytes(Path.of(args[2])))) {
            throw new IllegalStateException("not the expected answer (was the saved step read?): " + out);
        }
    }

    private static final class BenchContext implements Context {
        public String getAwsRequestId() { return "bench"; }
        public String getLogGroupName() { return "bench"; }
        public String getLogStreamName() { return "bench"; }
        public String getFunctionName() { return "bench"; }
        public String getFunctionVersion() { return "$LATEST"; }
        public String getInvokedFunctionArn() { return "bench"; }
        public CognitoIdentity getIdentity() { return null; }
        public ClientContext getClientContext() { return null; }
        public int getRemainingTimeInMillis() { return 8_000; }
        public int getMemoryLimitInMB() { return 1024; }
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                public void log(String message) { System.err.println(message); }
                public void log(byte[] message) { System.err.println(new String(message)); }
            };
        }
    }
}
