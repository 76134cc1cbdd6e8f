package io.camelzuora.jobs.exception;

/**
 * Zuora refused a POST or PATCH because of its {@code Idempotency-Key}: HTTP 409 when a request with the same key is
 * still being processed (retry later with the same key to get its result), or HTTP 422 when the key was already used
 * for a different request (this request needs a new key). {@link #isInFlight()} tells which.
 */
public class ZuoraIdempotencyException extends ZuoraApiException {

    private final String idempotencyKey;

    public ZuoraIdempotencyException(String message, int httpStatus, String zuoraCode, String zuoraMessage,
                                     String requestId, String trackId, Throwable cause, String idempotencyKey) {
        super(message, httpStatus, zuoraCode, zuoraMessage, requestId, trackId, cause);
        this.idempotencyKey = idempotencyKey;
    }

    /** The key Zuora refused. */
    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    /** {@code true} for 409 (the first request with this key is still running), {@code false} for 422 (key reused). */
    public boolean isInFlight() {
        return getHttpStatus() == 409;
    }
}
