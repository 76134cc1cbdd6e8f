package io.camelzuora.jobs.client;

/**
 * Zuora refused a POST or PATCH because of its {@code Idempotency-Key}: HTTP 409 when a request with the same key is
 * still being processed (retry later with the same key to get its result), or HTTP 422 when the key was already used
 * for a different request (this request needs a new key). {@link #isInFlight()} tells which.
 */
public class ZuoraIdempotencyException extends ZuoraApiException {

    private final String idempotencyKey;

    ZuoraIdempotencyException(ApiFailure failure, String idempotencyKey) {
        super(explain(failure, idempotencyKey), failure.status(), failure.code(), failure.message(),
              failure.requestId(), failure.trackId(), failure.cause());
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

    private static String explain(ApiFailure failure, String key) {
        String shown = InputChecks.show(key);
        return failure.status() == 409
                ? "A request with Idempotency-Key " + shown + " is still being processed by Zuora; retry later with the"
                  + " same key to get its result. " + failure.describe()
                : "Idempotency-Key " + shown + " was already used for a different request; send this request with a"
                  + " new key. " + failure.describe();
    }
}
