package io.camelzuora.jobs.internal.client;

import java.time.Duration;

import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.exception.ZuoraAuthenticationException;
import io.camelzuora.jobs.exception.ZuoraConcurrencyLimitException;
import io.camelzuora.jobs.exception.ZuoraIdempotencyException;
import io.camelzuora.jobs.exception.ZuoraJobNotFoundException;
import io.camelzuora.jobs.exception.ZuoraPermissionException;
import io.camelzuora.jobs.exception.ZuoraRateLimitException;

/**
 * One failed attempt of a call, classified: whether it may be retried and how long Zuora asked to wait. Turned into the
 * exception the caller sees once retries are spent.
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

    ZuoraApiException apiException() {
        return new ZuoraApiException(describe(), status, code, message, requestId, trackId, cause);
    }

    ZuoraAuthenticationException authenticationException() {
        return new ZuoraAuthenticationException(describe(), status, code, message, requestId, trackId, cause);
    }

    ZuoraPermissionException permissionException(String permission) {
        String needed = permission == null ? "" : " (this operation needs the Zuora permission " + permission + ")";
        return new ZuoraPermissionException(
                describe() + needed, status, code, message, requestId, trackId, cause,
                permission);
    }

    ZuoraRateLimitException rateLimitException(Duration wait) {
        return new ZuoraRateLimitException(describe(), status, code, message, requestId, trackId, cause, wait);
    }

    ZuoraJobNotFoundException jobNotFoundException(String jobId) {
        return new ZuoraJobNotFoundException(describe(), status, code, message, requestId, trackId, cause, jobId);
    }

    ZuoraConcurrencyLimitException concurrencyLimitException() {
        return new ZuoraConcurrencyLimitException(describe(), status, code, message, requestId, trackId, cause, null);
    }

    ZuoraIdempotencyException idempotencyException(String key) {
        String shown = InputChecks.show(key);
        String explained = status == 409
                ? "A request with Idempotency-Key " + shown + " is still being processed by Zuora; retry later with the"
                  + " same key to get its result. " + describe()
                : "Idempotency-Key " + shown + " was already used for a different request; send this request with a"
                  + " new key. " + describe();
        return new ZuoraIdempotencyException(explained, status, code, message, requestId, trackId, cause, key);
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
