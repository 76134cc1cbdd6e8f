package io.camelzuora.jobs.internal.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to retry: up to {@code maxRetries} times, waiting what {@code Retry-After} asks for, otherwise an exponential
 * backoff with full jitter (a random wait between 0 and {@code baseDelay * 2^attempt}, capped at {@code maxDelay}) so
 * that many clients failing together do not retry together.
 *
 * @param maxRetries    how many retries after the first attempt
 * @param baseDelay     the backoff of the first retry (upper bound of its jitter)
 * @param maxDelay      the longest wait between two attempts; a longer {@code Retry-After} ends the retries
 * @param maxRetryAfter the longest wait taken from {@code Retry-After} or {@code RateLimit-Reset}; longer ones are cut
 *                      to it
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

    /** The default cap of a wait the server asks for. */
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofMinutes(5);

    public RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay) {
        this(maxRetries, baseDelay, maxDelay, DEFAULT_MAX_RETRY_AFTER);
    }

    /** The wait before retry number {@code attempt + 1}. */
    Duration delay(int attempt, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter;
        }
        long ceiling = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(attempt, 20));
        return Duration.ofMillis(ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1));
    }
}
