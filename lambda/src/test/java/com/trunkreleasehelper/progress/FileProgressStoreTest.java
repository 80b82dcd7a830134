package com.trunkreleasehelper.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FileProgressStoreTest {

    @TempDir
    Path dir;

    @Test
    void keepsProgressAcrossStoreInstancesLikeTwoRunsOfTalk() {
        Path file = dir.resolve("nested").resolve("progress.json");
        SavedProgress step4 = new SavedProgress("lockout", "en-GB", Instant.ofEpochSecond(1_790_000_000L));

        new FileProgressStore(file).save("user-a", step4, 100);

        assertThat(new FileProgressStore(file).load("user-a", 100)).contains(step4);
        assertThat(new FileProgressStore(file).load("user-b", 100)).isEmpty();
    }

    @Test
    void clearRemovesOnlyThatUser() {
        FileProgressStore store = new FileProgressStore(dir.resolve("p.json"));
        SavedProgress step = new SavedProgress("key", "en-US", Instant.ofEpochSecond(1_790_000_000L));
        store.save("a", step, 100);
        store.save("b", step, 100);

        store.clear("a", 100);

        assertThat(store.load("a", 100)).isEmpty();
        assertThat(store.load("b", 100)).contains(step);
    }

    @Test
    void anEmptyFileHoldsNoProgress() throws Exception {
        Path file = java.nio.file.Files.createFile(dir.resolve("empty.json"));

        assertThat(new FileProgressStore(file).load("user-a", 100)).isEmpty();
    }
}
