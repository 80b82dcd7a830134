package com.trunkreleasehelper.progress.aws;

import com.trunkreleasehelper.json.Json;
import com.trunkreleasehelper.progress.ProgressStoreException;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/** Reads an AWS JSON-protocol error answer: its type, message and request ID, and whether to retry it. */
final class AwsErrors {

    /** AWS's request ID for a call, kept for the log. */
    static final String REQUEST_ID_HEADER = "x-amzn-requestid";

    private static final Set<String> THROTTLING = Set.of("ProvisionedThroughputExceededException",
            "ThrottlingException", "RequestLimitExceeded", "TooManyRequestsException");
    /** The error types AWS signs a skewed request's refusal with (the SDK's own list). */
    private static final Set<String> CLOCK_SKEW = Set.of("RequestTimeTooSkewed", "RequestExpired",
            "InvalidSignatureException", "SignatureDoesNotMatch", "AuthFailure", "RequestInTheFuture");
    /** A difference below this is not skew worth correcting (AWS accepts 5 minutes either way). */
    private static final Duration SKEW_THRESHOLD = Duration.ofMinutes(4);

    private AwsErrors() {
    }

    /** The failure for an error answer; transient (worth one retry) for throttling and server errors. */
    static ProgressStoreException failure(String operation, DeadlineHttpClient.Response response) {
        String requestId = response.header(REQUEST_ID_HEADER);
        Map<String, Object> body = json(response.body());
        String type = type(body);
        if (type == null) {
            String httpType = "HTTP" + response.status();
            String message = operation + " answered " + response.status() + " without a JSON error";
            return response.status() >= 500 || response.status() == 429
                    ? new TransientFailure(httpType, message, null, response.status(), requestId)
                    : new ProgressStoreException(httpType, message, null, response.status(), requestId);
        }
        String message = Json.text(body, "message") != null ? Json.text(body, "message") : Json.text(body, "Message");
        String text = message == null ? operation + " failed" : message;
        return response.status() >= 500 || THROTTLING.contains(type)
                ? new TransientFailure(type, text, null, response.status(), requestId)
                : new ProgressStoreException(type, text, null, response.status(), requestId);
    }

    /**
     * How far the server's clock is ahead of {@code signedAt} when {@code response} refuses a request for
     * its time; null when it does not, or the difference is too small to be the cause.
     */
    static Duration clockSkew(DeadlineHttpClient.Response response, Instant signedAt) {
        String type = type(json(response.body()));
        String date = response.header("date");
        if (type == null || !CLOCK_SKEW.contains(type) || date == null) {
            return null;
        }
        try {
            Duration skew = Duration.between(signedAt, ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return skew.abs().compareTo(SKEW_THRESHOLD) > 0 ? skew : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The short error type: {@code com.amazonaws.dynamodb.v20120810#ResourceNotFoundException} gives the part after '#'. */
    private static String type(Map<String, Object> body) {
        String type = Json.text(body, "__type");
        return type == null ? null : type.substring(type.lastIndexOf('#') + 1);
    }

    private static Map<String, Object> json(byte[] body) {
        try {
            return Json.object(Json.parse(body));
        } catch (IOException e) {
            return null;
        }
    }
}
