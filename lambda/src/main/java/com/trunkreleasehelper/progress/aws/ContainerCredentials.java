package com.trunkreleasehelper.progress.aws;

import com.trunkreleasehelper.json.Json;
import com.trunkreleasehelper.logging.SkillLog;
import com.trunkreleasehelper.progress.ProgressStoreException;
import com.trunkreleasehelper.progress.StoreDeadline;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Credentials from Lambda's container credentials endpoint, kept until they near expiry. Within
 * {@link #REFRESH_WINDOW} of expiring they are renewed early: at most once per window however many calls
 * there are, and with at most half the time left in the call. When that early renewal fails, the
 * credentials in hand, still valid, go on being used. Credentials within {@link #EXPIRY_MARGIN} of
 * expiring are never used: they must be fetched again, and the call fails if that fetch does.
 */
final class ContainerCredentials implements CredentialsProvider {

    private final SkillLog log;

    static final Duration REFRESH_WINDOW = Duration.ofMinutes(5);
    static final String EXPIRED = "ExpiredCredentials";
    static final String NO_CREDENTIALS = "NoCredentials";
    /** Longer than any store deadline, so a request signed with credentials in hand arrives before they expire. */
    static final Duration EXPIRY_MARGIN = Duration.ofSeconds(10);

    private record Fetched(AwsCredentials credentials, Instant expiration) {
    }

    private final URI uri;
    private final Map<String, String> env;
    private final Clock clock;
    private final DeadlineHttpClient http;
    private Fetched held;
    private Instant nextRefresh = Instant.MIN;

    ContainerCredentials(URI uri, Map<String, String> env, Clock clock, DeadlineHttpClient http, SkillLog log) {
        this.log = log;
        this.uri = uri;
        this.env = env;
        this.clock = clock;
        this.http = http;
    }

    @Override
    public synchronized AwsCredentials credentials(StoreDeadline deadline) {
        Instant now = clock.instant();
        if (usable(held, now)) {
            if (!now.isBefore(nextRefresh)) {
                refreshEarly(now, deadline);
            }
            return held.credentials();
        }
        Fetched fetched = fetch(deadline);
        if (!usable(fetched, now)) {
            throw new ProgressStoreException(EXPIRED,
                    "the container credentials endpoint sent credentials that expire at " + fetched.expiration(), null);
        }
        held = fetched;
        nextRefresh = fetched.expiration().minus(REFRESH_WINDOW);
        return fetched.credentials();
    }

    @Override
    public void closeConnections() {
        http.closeIdle();
    }

    /** One early renewal; whatever comes of it, the next is not before one window from now. */
    private void refreshEarly(Instant now, StoreDeadline deadline) {
        nextRefresh = now.plus(REFRESH_WINDOW);
        try {
            Fetched fetched = fetch(deadline.within(deadline.remainingMillis() / 2));
            if (!usable(fetched, now)) {
                log.warn("credentials_refresh_failed", Map.of("error", EXPIRED));
                return;
            }
            held = fetched;
            Instant windowOpens = fetched.expiration().minus(REFRESH_WINDOW);
            if (windowOpens.isAfter(nextRefresh)) {
                nextRefresh = windowOpens;
            }
        } catch (ProgressStoreException e) {
            log.warn("credentials_refresh_failed", Map.of("error", e.errorType()));
        }
    }

    private static boolean usable(Fetched fetched, Instant now) {
        return fetched != null && fetched.expiration().isAfter(now.plus(EXPIRY_MARGIN));
    }

    private Fetched fetch(StoreDeadline deadline) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", DeadlineHttpClient.hostHeader(uri));
        String token = authorizationToken();
        if (token != null) {
            headers.put("authorization", token);
        }
        String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        DeadlineHttpClient.Response response;
        try {
            response = http.send(uri, "GET", target, headers, new byte[0], deadline);
        } catch (HttpFailure e) {
            throw e.toStoreException("the container credentials endpoint", deadline);
        }
        if (response.status() != 200) {
            String type = "CredentialsHttp" + response.status();
            String message = "the container credentials endpoint answered " + response.status();
            throw response.status() >= 500 || response.status() == 429
                    ? new TransientFailure(type, message, null, response.status(), null)
                    : new ProgressStoreException(type, message, null, response.status(), null);
        }
        return parse(response.body());
    }

    private static Fetched parse(byte[] body) {
        try {
            Map<String, Object> json = Json.object(Json.parse(body));
            String id = Json.text(json, "AccessKeyId");
            String secret = Json.text(json, "SecretAccessKey");
            if (id == null || secret == null) {
                throw new ProgressStoreException("BadCredentials", "the container credentials endpoint sent no credentials", null);
            }
            String expires = Json.text(json, "Expiration");
            return new Fetched(new AwsCredentials(id, secret, Json.text(json, "Token")),
                    expires == null ? Instant.MAX : Instant.parse(expires));
        } catch (IOException | DateTimeParseException e) {
            throw new ProgressStoreException("BadCredentials", "the container credentials endpoint sent unreadable credentials", e);
        }
    }

    private String authorizationToken() {
        String file = env.get(AwsEnvironment.CONTAINER_AUTHORIZATION_TOKEN_FILE);
        if (file != null && !file.isBlank()) {
            try {
                return Files.readString(Path.of(file)).trim();
            } catch (IOException e) {
                throw new ProgressStoreException(NO_CREDENTIALS, "the container authorization token file cannot be read", e);
            }
        }
        return env.get(AwsEnvironment.CONTAINER_AUTHORIZATION_TOKEN);
    }
}
