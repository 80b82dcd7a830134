package com.trunkreleasehelper.progress;

import com.trunkreleasehelper.testing.Handlers;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.testing.LogLines;
import com.trunkreleasehelper.testing.SkillDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static com.trunkreleasehelper.FunctionEnvironment.PROGRESS_FILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileProgressStoreTest extends ProgressStoreContract {

    private final LogLines logs = new LogLines();

    private static final String USER_ID = "amzn1.ask.account.AEXAMPLEUSERIDNOTREAL000000000000000000000000";

    @TempDir
    Path dir;

    @Override
    ProgressStore emptyStore() {
        return new FileProgressStore(dir.resolve("nested").resolve("progress.json"));
    }

    @Test
    void keepsProgressAcrossStoreInstancesLikeTwoRunsOfTalk() {
        Path file = dir.resolve("nested").resolve("progress.json");

        new FileProgressStore(file).save("user-a", STEP_4, Deadlines.generous());

        assertThat(new FileProgressStore(file).load("user-a", Deadlines.generous())).contains(STEP_4);
    }

    @Test
    void anEmptyFileHoldsNoProgress() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.json"));

        assertThat(new FileProgressStore(file).load("user-a", Deadlines.generous())).isEmpty();
    }

    @Test
    void aCorruptFileFailsLoadingAndTheNextSaveReplacesIt() throws Exception {
        Path file = Files.writeString(dir.resolve("progress.json"), "{\"user-a\": {\"step\": \"lock");
        FileProgressStore store = new FileProgressStore(file);

        assertThatThrownBy(() -> store.load("user-a", Deadlines.generous()))
                .isInstanceOfSatisfying(ProgressStoreException.class, e -> assertThat(e.errorType()).isEqualTo("CorruptFile"));

        store.save("user-a", STEP_4, Deadlines.generous());
        assertThat(store.load("user-a", Deadlines.generous())).contains(STEP_4);
    }

    @Test
    void aDriverWithACorruptFileHearsTheUsualWelcomeAndTheNextSaveRepairsIt() throws Exception {
        Path file = Files.writeString(dir.resolve("progress.json"), "[1, 2,");
        TrunkReleaseHelperHandler handler = Handlers.forEnvironment(Map.of(PROGRESS_FILE, file.toString()), logs);

        String launch = new SkillDriver(handler, "en-US").launch().speech();

        assertThat(launch).startsWith("This is Trunk Release Helper");
        assertThat(logs.text().lines().filter(line -> line.contains("progress_store_failed")))
                .singleElement().asString().contains("\"error\":\"CorruptFile\"", "\"operation\":\"load\"");
        SkillDriver.stopAtStepFour(handler);
        assertThat(new SkillDriver(handler, "en-US").launch().speech()).startsWith("Welcome back. You were on step 4");
    }

    @Test
    void theFileHoldsAHashNotTheUserIdAndOnlyStepLocaleAndTime() throws Exception {
        Path file = dir.resolve("progress.json");
        SkillDriver.stopAtStepFour(Handlers.forEnvironment(Map.of(PROGRESS_FILE, file.toString()), logs));

        String stored = Files.readString(file);
        assertThat(stored).doesNotContain(USER_ID).contains(UserKey.of(USER_ID))
                .contains("\"step\":\"lockout\"", "\"locale\":\"en-US\"", "\"savedAt\"");
    }
}
