package com.trunkreleasehelper.progress.aws;

/** The variables Lambda sets that the DynamoDB client reads: the region and where credentials come from. */
public final class AwsEnvironment {

    public static final String REGION = "AWS_REGION";
    /** Lambda's container credentials endpoint (SnapStart functions get credentials only from there). */
    public static final String CONTAINER_CREDENTIALS_FULL_URI = "AWS_CONTAINER_CREDENTIALS_FULL_URI";
    public static final String CONTAINER_AUTHORIZATION_TOKEN = "AWS_CONTAINER_AUTHORIZATION_TOKEN";
    public static final String CONTAINER_AUTHORIZATION_TOKEN_FILE = "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE";
    public static final String ACCESS_KEY_ID = "AWS_ACCESS_KEY_ID";
    public static final String SECRET_ACCESS_KEY = "AWS_SECRET_ACCESS_KEY";
    public static final String SESSION_TOKEN = "AWS_SESSION_TOKEN";

    private AwsEnvironment() {
    }
}
