import com.trunkreleasehelper.progress.aws.AwsCredentials;
import com.trunkreleasehelper.progress.aws.DynamoDbHttpClient;
import com.trunkreleasehelper.progress.aws.SigV4Signer;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the DynamoDB client's transport costs a cold JVM (scripts/bench --transports): one GetItem, signed by
 * the skill's own SigV4Signer, then exit. {@code url-connection} is the client as it is (HttpsURLConnection);
 * {@code socket} writes the same request on a bare SSLSocket and reads the answer by hand; {@code http-client}
 * sends it with java.net.http.HttpClient. Configured like the function: DYNAMODB_ENDPOINT, PROGRESS_TABLE, AWS_*.
 */
public final class TransportColdStart {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        URI endpoint = URI.create(env.get("DYNAMODB_ENDPOINT"));
        Map<String, Object> key = Map.of("userKey", Map.of("S", "transport-cold-start"));
        if (args[0].equals("url-connection")) {
            DynamoDbHttpClient.fromEnvironment(env, endpoint.toString())
                    .call("GetItem", Map.of("TableName", env.get("PROGRESS_TABLE"), "Key", key), (int) TIMEOUT.toMillis());
            return;
        }
        byte[] payload = ("{\"TableName\":\"" + env.get("PROGRESS_TABLE") + "\",\"Key\":{\"userKey\":{\"S\":\"transport-cold-start\"}}}")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", endpoint.getHost() + ":" + endpoint.getPort());
        headers.put("content-type", "application/x-amz-json-1.0");
        headers.put("x-amz-target", "DynamoDB_20120810.GetItem");
        Map<String, String> signed = new SigV4Signer(env.get("AWS_REGION"), "dynamodb").sign("POST", "/", "", headers, payload,
                new AwsCredentials(env.get("AWS_ACCESS_KEY_ID"), env.get("AWS_SECRET_ACCESS_KEY"), env.get("AWS_SESSION_TOKEN")),
                Instant.now());
        int status = args[0].equals("socket") ? bySocket(endpoint, signed, payload) : byHttpClient(endpoint, signed, payload);
        if (status != 200) {
            throw new IllegalStateException("GetItem answered " + status);
        }
    }

    private static int bySocket(URI endpoint, Map<String, String> signed, byte[] payload) throws IOException {
        try (SSLSocket socket = (SSLSocket) SSLSocketFactory.getDefault().createSocket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            StringBuilder request = new StringBuilder("POST / HTTP/1.1\r\n");
            signed.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            // The server closes the connection after answering, so the answer is simply read to its end.
            request.append("content-length: ").append(payload.length).append("\r\nconnection: close\r\n\r\n");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(request.toString().getBytes(StandardCharsets.UTF_8));
            bytes.write(payload);
            OutputStream out = socket.getOutputStream();
            bytes.writeTo(out);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return Integer.parseInt(answer.substring(answer.indexOf(' ') + 1, answer.indexOf(' ') + 4));
        }
    }

    private static int byHttpClient(URI endpoint, Map<String, String> signed, byte[] payload) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload));
        signed.forEach((name, value) -> {
            if (!name.equals("host")) {
                request.header(name, value);
            }
        });
        return HttpClient.newBuilder().connectTimeout(TIMEOUT).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
    }
}
