package io.camelzuora.jobs.internal.client;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to retry: up to {@code maxRetries} times, waiting what {@code Retry-After} asks for, otherwise an exponential
 * backoff with full jitter (a random wait between 0 and {@code baseDelay * 2^attempt}, capped at {@code maxDelay}) so
 * that many clients failing together do not retry together.
 *
 * @param maxRetries how many retries after the first attempt
 * @param baseDelay  the backoff of the first retry (upper bound of its jitter)
 * @param maxDelay   the longest wait between two attempts; a longer {@code Retry-After} ends the retries
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay) {

    /** The wait before retry number {@code attempt + 1}. */
    Duration delay(int attempt, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter;
        }
        long ceiling = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(attempt, 20));
        return Duration.ofMillis(ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    /** Parses {@code Retry-After} as delta-seconds or as an HTTP date; {@code null} when absent or unreadable. */
    static Duration parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            long seconds = Long.parseLong(trimmed);
            return Duration.ofSeconds(Math.max(0, seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(now, at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
