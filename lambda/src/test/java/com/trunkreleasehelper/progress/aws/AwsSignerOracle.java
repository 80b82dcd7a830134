package com.trunkreleasehelper.progress.aws;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** AWS's own SigV4 signer (http-auth-aws, test scope only): the oracle our signer and our servers check against. */
public final class AwsSignerOracle {

    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private AwsSignerOracle() {
    }

    /** When a received request says it was signed ({@code x-amz-date}). */
    public static Instant signedAt(ScriptedHttpServer.Request request) {
        return Instant.from(AMZ_DATE.parse(request.header("x-amz-date")));
    }

    /**
     * What a server checks: the {@code Authorization} AWS's signer gives a received plain-HTTP request, over
     * the headers its own {@code Authorization} names, with the values as received, at the time it gives.
     */
    public static String authorization(ScriptedHttpServer.Request request, AwsCredentials credentials, String region,
                                       String service) {
        String received = request.header("authorization");
        int start = received.indexOf("SignedHeaders=") + "SignedHeaders=".length();
        Map<String, String> signed = new LinkedHashMap<>();
        for (String name : received.substring(start, received.indexOf(',', start)).split(";")) {
            signed.put(name, request.header(name));
        }
        URI target = URI.create(request.target());
        return authorization("http", request.method(), target.getRawPath(), target.getRawQuery() == null ? "" : target.getRawQuery(),
                signed, request.body(), credentials, signedAt(request), region, service);
    }

    /**
     * The {@code Authorization} header AWS's signer gives a request: {@code headers} are signed as given
     * (the {@code host} header among them), over {@code scheme} at the given time.
     */
    public static String authorization(String scheme, String method, String path, String query, Map<String, String> headers,
                                       byte[] payload, AwsCredentials credentials, Instant at, String region, String service) {
        String host = headers.get("host");
        int colon = host.lastIndexOf(':');
        SdkHttpRequest.Builder request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.fromValue(method))
                .protocol(scheme)
                .host(colon > 0 && !host.endsWith("]") ? host.substring(0, colon) : host)
                .encodedPath(path);
        if (colon > 0 && !host.endsWith("]")) {
            request.port(Integer.parseInt(host.substring(colon + 1)));
        }
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                String[] nameValue = pair.split("=", 2);
                request.appendRawQueryParameter(nameValue[0], nameValue[1]);
            }
        }
        headers.forEach(request::putHeader);
        AwsCredentialsIdentity identity = credentials.sessionToken() == null
                ? AwsCredentialsIdentity.create(credentials.accessKeyId(), credentials.secretAccessKey())
                : AwsSessionCredentialsIdentity.create(credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken());
        return SIGNER.sign(r -> r.identity(identity)
                        .request(request.build())
                        .payload(ContentStreamProvider.fromByteArray(payload))
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC)))
                .request().firstMatchingHeader("Authorization").orElseThrow();
    }
}
