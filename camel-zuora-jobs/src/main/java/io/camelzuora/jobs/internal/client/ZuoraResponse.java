package io.camelzuora.jobs.internal.client;

/**
 * A successful call's result with the response headers callers pass on.
 *
 * @param body               the parsed body
 * @param status             the HTTP status
 * @param requestId          {@code Zuora-Request-Id}, may be {@code null}
 * @param trackId            the {@code Zuora-Track-Id} Zuora echoed, may be {@code null}
 * @param rateLimitRemaining {@code RateLimit-Remaining}, {@code null} when Zuora did not send it
 */
public record ZuoraResponse<T>(T body, int status, String requestId, String trackId, Long rateLimitRemaining) {
}
