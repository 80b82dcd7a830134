package com.trunkreleasehelper.progress;

import com.trunkreleasehelper.logging.SkillLog;
import com.trunkreleasehelper.progress.aws.AwsEnvironment;
import com.trunkreleasehelper.progress.aws.DynamoDbHttpClient;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Enumeration;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Before a SnapStart snapshot, runs the DynamoDB store's whole path a few times so the first real call after
 * restore finds it loaded and compiled: the JVM's default TLS context with the trust store real calls use, a
 * TLS 1.3 handshake with a certificate chain checked by PKIX and the host name checked, the container
 * credentials fetch, a signed PutItem, GetItem and DeleteItem and the parsing of their answers (measured
 * effect in the README, "Cold start").
 *
 * <p>These calls go to {@link LoopbackDynamoDb} in this process, never to AWS, and nothing from it stays:
 * its sockets and threads are closed before the snapshot, the client and credentials it used are its own
 * and dropped (the skill's own client has opened nothing), its TLS sessions live in a context of its own
 * (trusting the loopback root besides the JVM's anchors, never installed as a default) and are forgotten,
 * and its credentials are made up: no real credentials are fetched or held, and no user's key or step is used.
 * The loopback key and certificate ({@value #KEYSTORE}, for CN=localhost, signed by a priming root) were made
 * with keytool for this purpose only and protect nothing. {@link OwnTablePriming} then makes the one real call.
 */
public final class DynamoDbPriming {

    /** The table, the user, the step, the token and the keystore password of the priming calls. */
    static final String PRIMING = "snapstart-priming";
    private static final String KEYSTORE = "priming/loopback-tls.p12";
    private static final char[] PASSWORD = PRIMING.toCharArray();
    /**
     * Handshakes enough for the JIT to compile most of their code: 60 rounds made the first launch after restore
     * about 1.3 ms faster than 20, for half a second more at snapshot time, which no driver waits for (README).
     */
    static final int ROUNDS = 60;
    /** Priming's calls are not traffic worth logging. */
    static final SkillLog UNLOGGED = new SkillLog(line -> { });

    private DynamoDbPriming() {
    }

    /**
     * Primes the path; returns how many store calls were answered (three a round). Never throws:
     * an unprimed path is slower after restore, never wrong.
     */
    public static int prime() {
        try {
            // The JVM's default context and trust store, built now; real calls use exactly these.
            SSLSocketFactory.getDefault();
            SSLContext loopbackTls = loopbackTls();
            try (LoopbackDynamoDb server = LoopbackDynamoDb.start(loopbackTls)) {
                return calls(server, loopbackTls);
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return 0;
        }
    }

    private static int calls(LoopbackDynamoDb server, SSLContext loopbackTls) {
        SSLSessionContext sessions = loopbackTls.getClientSessionContext();
        Map<String, String> env = Map.of(AwsEnvironment.CONTAINER_CREDENTIALS_FULL_URI, server.containerCredentials().toString(),
                AwsEnvironment.CONTAINER_AUTHORIZATION_TOKEN, PRIMING);
        ProgressStore store = new DynamoDbProgressStore(DynamoDbHttpClient.fromEnvironment(env, server.dynamoDb().toString(),
                UNLOGGED, loopbackTls::getSocketFactory), PRIMING);
        String key = UserKey.of(PRIMING);
        SavedProgress progress = new SavedProgress(PRIMING, "en-US", Instant.EPOCH);
        int answered = 0;
        for (int round = 0; round < ROUNDS; round++) {
            // A full handshake opens each round, as after restore; the round's other calls reuse the connection.
            forgetAll(sessions);
            answered += answered(() -> {
                store.save(key, progress, call());
                return true;
            });
            answered += answered(() -> store.load(key, call()).isPresent());
            answered += answered(() -> {
                store.clear(key, call());
                return true;
            });
        }
        return answered;
    }

    /** Each call its own full deadline: the server is in this process, and a slow call only means a busy machine. */
    private static StoreDeadline call() {
        return StoreDeadline.forTurn(Integer.MAX_VALUE);
    }

    /** 1 when the call went through; a call that fails (a slow first handshake, say) leaves the rest to prime. */
    private static int answered(BooleanSupplier call) {
        try {
            return call.getAsBoolean() ? 1 : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Invalidating a session also removes it from the context's cache, by ID and by host and port. */
    static void forgetAll(SSLSessionContext sessions) {
        for (Enumeration<byte[]> ids = sessions.getIds(); ids.hasMoreElements(); ) {
            SSLSession session = sessions.getSession(ids.nextElement());
            if (session != null) {
                session.invalidate();
            }
        }
    }

    /**
     * Serves the loopback certificate; trusts its root and the JVM's own trust anchors, the same certificate
     * objects real calls validate against, so checking the loopback chain parses and canonicalises their
     * names now instead of in the first real handshake.
     */
    static SSLContext loopbackTls() throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = DynamoDbPriming.class.getClassLoader().getResourceAsStream(KEYSTORE)) {
            if (in == null) {
                throw new IOException(KEYSTORE + " is missing from the class path");
            }
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        Certificate[] chain = keys.getCertificateChain(keys.aliases().nextElement());
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("loopback-root", chain[chain.length - 1]);
        X509Certificate[] anchors = defaultTrustManager().getAcceptedIssuers();
        for (int i = 0; i < anchors.length; i++) {
            trusted.setCertificateEntry("jvm-anchor-" + i, anchors[i]);
        }
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }

    private static X509TrustManager defaultTrustManager() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("the JVM has no X.509 trust manager");
    }
}
