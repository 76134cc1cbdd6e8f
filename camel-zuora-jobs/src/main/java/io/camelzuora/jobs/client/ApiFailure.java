package io.camelzuora.jobs.client;

import java.time.Duration;

/**
 * One failed attempt of a call, classified: whether it may be retried and how long Zuora asked to wait. Turned into
 * the exception the caller sees once retries are spent.
 */
record ApiFailure(String call, int status, String code, String message, String requestId, String trackId,
        boolean retryable, Duration retryAfter, Throwable cause) {

    /** The exception message: what was called, what came back, and the ids support needs. Never a secret. */
    String describe() {
        StringBuilder sb = new StringBuilder(call);
        if (status > 0) {
            sb.append(" failed with HTTP ").append(status);
        } else {
            sb.append(" failed");
        }
        if (code != null || message != null) {
            sb.append(": ");
            if (code != null) {
                sb.append(code).append(' ');
            }
            if (message != null) {
                sb.append(message);
            }
        }
        if (requestId != null) {
            sb.append(" [Zuora-Request-Id: ").append(requestId).append(']');
        }
        if (trackId != null) {
            sb.append(" [Zuora-Track-Id: ").append(trackId).append(']');
        }
        return sb.toString().trim();
    }

    /** This failure, retryable or not. */
    ApiFailure retryable(boolean retry) {
        return new ApiFailure(call, status, code, message, requestId, trackId, retry, retryAfter, cause);
    }

    /** Zuora's 8-digit Custom Objects codes end in a 2-digit category; 61 means "retryable". */
    static boolean isRetryableCode(String code) {
        return code != null && code.length() == 8 && code.endsWith("61");
    }
}
