package com.trunkreleasehelper.progress;

import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Priming the DynamoDB path before a snapshot: every call goes through, and nothing of it is left behind. */
class DynamoDbPrimingTest {

    /** Each round a PutItem, a GetItem and a DeleteItem. */
    private static final int CALLS = 3 * DynamoDbPriming.ROUNDS;

    @Test
    void everyStoreCallGoesThroughTlsToTheLoopbackServer() {
        assertThat(DynamoDbPriming.prime()).isEqualTo(CALLS);
    }

    @Test
    void theDefaultTlsContextRealCallsUseIsUntouched() throws Exception {
        SSLContext before = SSLContext.getDefault();

        DynamoDbPriming.prime();

        assertThat(SSLContext.getDefault()).isSameAs(before);
    }

    @Test
    void noPrimingThreadOutlivesIt() {
        DynamoDbPriming.prime();

        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().startsWith(LoopbackDynamoDb.THREAD_PREFIX));
    }
}
