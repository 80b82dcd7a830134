package com.trunkreleasehelper.progress.aws;

import com.trunkreleasehelper.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Where credentials come from, read at call time so nothing is frozen in a SnapStart snapshot: the
 * container credentials endpoint Lambda gives SnapStart functions ({@code AWS_CONTAINER_CREDENTIALS_FULL_URI}),
 * else the {@code AWS_ACCESS_KEY_ID} family of variables.
 */
public interface CredentialsProvider {

    AwsCredentials credentials(int timeoutMillis);

    static CredentialsProvider fromEnvironment(Map<String, String> env, Clock clock) {
        String uri = env.get("AWS_CONTAINER_CREDENTIALS_FULL_URI");
        if (uri != null && !uri.isBlank()) {
            return new ContainerCredentials(URI.create(uri), env, clock);
        }
        return timeout -> {
            String id = env.get("AWS_ACCESS_KEY_ID");
            String secret = env.get("AWS_SECRET_ACCESS_KEY");
            if (id == null || secret == null) {
                throw new IllegalStateException("no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY");
            }
            return new AwsCredentials(id, secret, env.get("AWS_SESSION_TOKEN"));
        };
    }

    /** Credentials from the container endpoint, cached until five minutes before they expire. */
    final class ContainerCredentials implements CredentialsProvider {
        private static final Duration REFRESH_BEFORE = Duration.ofMinutes(5);

        private final URI uri;
        private final Map<String, String> env;
        private final Clock clock;
        private AwsCredentials cached;
        private Instant expiration = Instant.MIN;

        ContainerCredentials(URI uri, Map<String, String> env, Clock clock) {
            this.uri = uri;
            this.env = env;
            this.clock = clock;
        }

        @Override
        public synchronized AwsCredentials credentials(int timeoutMillis) {
            if (cached == null || clock.instant().isAfter(expiration.minus(REFRESH_BEFORE))) {
                fetch(timeoutMillis);
            }
            return cached;
        }

        private void fetch(int timeoutMillis) {
            try {
                HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
                connection.setConnectTimeout(timeoutMillis);
                connection.setReadTimeout(timeoutMillis);
                String token = authorizationToken();
                if (token != null) {
                    connection.setRequestProperty("Authorization", token);
                }
                try (InputStream in = connection.getInputStream()) {
                    Map<String, Object> body = Json.object(Json.parse(in));
                    if (body == null || Json.text(body, "AccessKeyId") == null) {
                        throw new IllegalStateException("the container credentials endpoint sent no credentials");
                    }
                    cached = new AwsCredentials(Json.text(body, "AccessKeyId"), Json.text(body, "SecretAccessKey"),
                            Json.text(body, "Token"));
                    String expires = Json.text(body, "Expiration");
                    expiration = expires == null ? Instant.MAX : Instant.parse(expires);
                }
            } catch (IOException e) {
                throw new IllegalStateException("the container credentials endpoint did not answer", e);
            }
        }

        private String authorizationToken() throws IOException {
            String file = env.get("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE");
            if (file != null && !file.isBlank()) {
                return Files.readString(Path.of(file)).trim();
            }
            return env.get("AWS_CONTAINER_AUTHORIZATION_TOKEN");
        }
    }
}
