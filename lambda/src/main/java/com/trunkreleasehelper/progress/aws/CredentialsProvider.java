package com.trunkreleasehelper.progress.aws;

import com.trunkreleasehelper.logging.SkillLog;
import com.trunkreleasehelper.progress.ProgressStoreException;
import com.trunkreleasehelper.progress.StoreDeadline;

import java.net.URI;
import java.time.Clock;
import java.util.Map;

/**
 * Where credentials come from, read at call time so nothing is frozen in a SnapStart snapshot: the
 * container credentials endpoint Lambda gives SnapStart functions ({@code AWS_CONTAINER_CREDENTIALS_FULL_URI}),
 * else the {@code AWS_ACCESS_KEY_ID} family of variables.
 */
public interface CredentialsProvider {

    /** Usable credentials, fetched within {@code deadline} if need be; throws {@link ProgressStoreException}. */
    AwsCredentials credentials(StoreDeadline deadline);

    /** Closes any connection kept for the next fetch. */
    default void closeConnections() {
    }

    static CredentialsProvider fromEnvironment(Map<String, String> env, Clock clock, SkillLog log) {
        String uri = env.get(AwsEnvironment.CONTAINER_CREDENTIALS_FULL_URI);
        if (uri != null && !uri.isBlank()) {
            return new ContainerCredentials(URI.create(uri), env, clock, new DeadlineHttpClient(), log);
        }
        return deadline -> {
            String id = env.get(AwsEnvironment.ACCESS_KEY_ID);
            String secret = env.get(AwsEnvironment.SECRET_ACCESS_KEY);
            if (id == null || secret == null) {
                throw new ProgressStoreException(ContainerCredentials.NO_CREDENTIALS,
                        "no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY", null);
            }
            return new AwsCredentials(id, secret, env.get(AwsEnvironment.SESSION_TOKEN));
        };
    }
}
