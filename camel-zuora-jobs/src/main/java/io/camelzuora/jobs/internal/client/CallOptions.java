package io.camelzuora.jobs.internal.client;

/**
 * Per-call choices.
 *
 * @param trackId        the {@code Zuora-Track-Id} of this call, overriding the client's default; may be {@code null}
 * @param idempotencyKey the {@code Idempotency-Key} of a POST or PATCH; without one such calls are not retried
 */
public record CallOptions(String trackId, String idempotencyKey) {

    public static final CallOptions NONE = new CallOptions(null, null);
}
