package com.trunkreleasehelper.progress.aws;

/** Credentials for one signed request; {@code sessionToken} is null for long-term keys. */
public record AwsCredentials(String accessKeyId, String secretAccessKey, String sessionToken) {

    @Override
    public String toString() {
        return "AwsCredentials[" + accessKeyId + ", secret hidden]";
    }
}
