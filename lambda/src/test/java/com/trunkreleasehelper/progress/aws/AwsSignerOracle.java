package com.trunkreleasehelper.progress.aws;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** AWS's own SigV4 signer (http-auth-aws, test scope only): the oracle our signer and our servers check against. */
public final class AwsSignerOracle {

    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

    private AwsSignerOracle() {
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
