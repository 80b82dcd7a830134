package com.trunkreleasehelper.progress;

import com.trunkreleasehelper.testing.LogCapture;
import org.junit.jupiter.api.Test;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Priming the DynamoDB path before a snapshot: every call goes through, and nothing of it is left behind. */
class DynamoDbPrimingTest {

    private static final int CALLS = 60;

    @Test
    void everyStoreCallGoesThroughTlsToTheLoopbackServer() {
        assertThat(DynamoDbPriming.prime()).isEqualTo(CALLS);
    }

    @Test
    void theDefaultTlsSocketFactoryIsTheOneRealCallsHadBefore() {
        SSLSocketFactory before = HttpsURLConnection.getDefaultSSLSocketFactory();

        DynamoDbPriming.prime();

        assertThat(HttpsURLConnection.getDefaultSSLSocketFactory()).isSameAs(before);
    }

    @Test
    void noPrimingThreadOutlivesIt() {
        DynamoDbPriming.prime();

        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().startsWith(LoopbackDynamoDb.THREAD_PREFIX));
    }

    @Test
    void primingWritesNothingToTheLog() {
        LogCapture.Captured<Integer> primed = LogCapture.capture(DynamoDbPriming::prime);

        assertThat(primed.value()).isEqualTo(CALLS);
        assertThat(primed.log()).isEmpty();
    }
}
