package io.camelzuora.jobs.exception;

import java.time.Duration;

/**
 * Zuora kept answering 429 (or 503) after every retry, or asked to wait longer than the client may wait. Carries the
 * {@code Retry-After} Zuora sent, so callers can wait that long before the next request.
 */
public class ZuoraRateLimitException extends ZuoraApiException {

    private final Duration retryAfter;

    public ZuoraRateLimitException(String message, int httpStatus, String zuoraCode, String zuoraMessage,
                                   String requestId, String trackId, Throwable cause, Duration retryAfter) {
        super(message, httpStatus, zuoraCode, zuoraMessage, requestId, trackId, cause);
        this.retryAfter = retryAfter;
    }

    /** How long Zuora asked to wait, or {@code null} when it did not say. */
    public Duration getRetryAfter() {
        return retryAfter;
    }
}
