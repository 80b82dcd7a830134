package com.trunkreleasehelper.progress;

import com.trunkreleasehelper.progress.aws.DynamoDbHttpClient;

import javax.net.ssl.SSLContext;
import java.security.GeneralSecurityException;
import java.util.Map;

/**
 * Before a SnapStart snapshot, after {@link DynamoDbPriming}: one GetItem on the function's own table
 * ({@code PROGRESS_TABLE}) through the JVM's default TLS context, as a turn makes it, for a key no driver has.
 * The loopback calls cannot warm what belongs to the real endpoint: its certificates parsed and verified (the
 * JDK keeps both per certificate, so the first handshake after restore skips them) and the default trust
 * manager's validator, built on first use (measured effect in the README, "Cold start").
 *
 * <p>Its connections, to DynamoDB and for credentials, are closed and the context's TLS sessions forgotten
 * before it returns: no connection is stale after restore, and no restored copy resumes a session the others
 * hold too. (AWS's runtime client clears the JVM's DNS cache after the hooks, so no address is kept either.)
 */
public final class OwnTablePriming {

    private OwnTablePriming() {
    }

    /**
     * Makes the call; returns whether the table answered. Never throws, and waits at most a turn's store
     * budget, name resolution aside (as for every store call).
     */
    public static boolean prime(Map<String, String> env) {
        try {
            return prime(env, SSLContext.getDefault());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static boolean prime(Map<String, String> env, SSLContext tls) {
        String table = ProgressStores.table(env);
        if (table == null) {
            return false;
        }
        try {
            DynamoDbHttpClient client = DynamoDbHttpClient.fromEnvironment(env, ProgressStores.endpoint(env),
                    DynamoDbPriming.UNLOGGED, tls::getSocketFactory);
            try {
                // A turn's whole store budget: unlike the loopback, this endpoint is across the network.
                new DynamoDbProgressStore(client, table).load(UserKey.of(DynamoDbPriming.PRIMING),
                        StoreDeadline.forTurn(Integer.MAX_VALUE));
                return true;
            } finally {
                client.closeConnections();
                DynamoDbPriming.forgetAll(tls.getClientSessionContext());
            }
        } catch (RuntimeException e) {
            return false;
        }
    }
}
