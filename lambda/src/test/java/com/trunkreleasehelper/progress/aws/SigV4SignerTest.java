package com.trunkreleasehelper.progress.aws;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** AWS's published worked example; the generated comparison with AWS's signer is SigV4SignerDifferentialTest. */
class SigV4SignerTest {

    private static final AwsCredentials EXAMPLE = new AwsCredentials("AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null);

    /** The worked example of the AWS General Reference: IAM ListUsers, 2015-08-30T12:36:00Z. */
    @Test
    void reproducesAwsPublishedExample() {
        Map<String, String> signed = new SigV4Signer("us-east-1", "iam").sign("GET", "/",
                "Action=ListUsers&Version=2010-05-08",
                Map.of("host", "iam.amazonaws.com", "content-type", "application/x-www-form-urlencoded; charset=utf-8"),
                new byte[0], EXAMPLE, Instant.parse("2015-08-30T12:36:00Z"));

        assertThat(signed.get("authorization")).isEqualTo("AWS4-HMAC-SHA256 "
                + "Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-date, "
                + "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7");
        assertThat(signed.get("x-amz-date")).isEqualTo("20150830T123600Z");
    }

    @Test
    void signsTheSessionTokenWhenThereIsOne() {
        Map<String, String> signed = new SigV4Signer("eu-west-1", "dynamodb").sign("POST", "/", "",
                Map.of("host", "dynamodb.eu-west-1.amazonaws.com", "x-amz-target", "DynamoDB_20120810.GetItem"),
                "{}".getBytes(StandardCharsets.UTF_8), new AwsCredentials("AKID", "secret", "token"),
                Instant.parse("2026-11-24T21:00:00Z"));

        assertThat(signed).containsEntry("x-amz-security-token", "token");
        assertThat(signed.get("authorization"))
                .contains("Credential=AKID/20261124/eu-west-1/dynamodb/aws4_request")
                .contains("SignedHeaders=host;x-amz-date;x-amz-security-token;x-amz-target");
    }
}
