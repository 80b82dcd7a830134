package com.trunkreleasehelper.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.trunkreleasehelper.FunctionEnvironment;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.testing.Handlers;
import com.trunkreleasehelper.logging.SkillLog;
import com.trunkreleasehelper.progress.DynaliteServer;
import com.trunkreleasehelper.local.SamTemplate;
import com.trunkreleasehelper.progress.aws.DynamoDbHttpClient;
import com.trunkreleasehelper.testing.SkillDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Puts a driver's saved step in the progress table before scripts/bench measures a launch that reads it.
 * The table is made from template.yaml's definition; the item is written by the skill itself, through the
 * Lambda entry point (the driver stops at step 4 and wanders off), so it has the skill's shape and key.
 * Configured by the environment the function reads ({@code PROGRESS_TABLE}, {@code DYNAMODB_ENDPOINT},
 * {@code AWS_*}).
 *
 * <p>Writes the response a launch by the event's user now gets, for the measured runs to compare with, and
 * fails when it is the first-time welcome: a measured launch must really find a saved step.
 *
 * <p>Arguments: template.yaml, the launch event, where to write the expected response.
 */
public final class SeedProgress {

    private static final String TABLE_RESOURCE = "ProgressTable";

    private SeedProgress() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        createTable(SamTemplate.read(Path.of(args[0])).resource(TABLE_RESOURCE), env);

        TrunkReleaseHelperHandler handler = Handlers.forEnvironment(env);
        SkillDriver.stopAtStepFour(handler);

        byte[] launch = Files.readAllBytes(Path.of(args[1]));
        byte[] resumed = SkillDriver.invokeRaw(handler, launch);
        byte[] firstTime = SkillDriver.invokeRaw(Handlers.inMemory(), launch);
        if (Arrays.equals(resumed, firstTime)) {
            throw new IllegalStateException("the launch event's user has no saved step after seeding: "
                    + "is it the user the test envelopes carry?");
        }
        Files.write(Path.of(args[2]), resumed);
    }

    private static void createTable(JsonNode definition, Map<String, String> env) throws InterruptedException {
        DynaliteServer.createTable(DynamoDbHttpClient.fromEnvironment(env, env.get(FunctionEnvironment.DYNAMODB_ENDPOINT),
                new SkillLog(System.err::println)), definition, env.get(FunctionEnvironment.PROGRESS_TABLE));
    }
}
