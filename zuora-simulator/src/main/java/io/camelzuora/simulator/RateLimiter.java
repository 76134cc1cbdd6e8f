package io.camelzuora.simulator;

import java.time.Instant;

/**
 * A per-minute request limit (the tenant's API limit, or the token endpoint's), in fixed windows on the simulator
 * clock.
 */
final class RateLimiter {

    /**
     * The state of the window after a request.
     *
     * @param allowed      whether the request is within the limit
     * @param resetSeconds seconds until the window ends (at least 1)
     */
    record Window(int limit, int remaining, long resetSeconds, boolean allowed) {

        /**
         * The {@code RateLimit-Limit} header value in Zuora's format: the window closest to exhaustion first (the
         * minute, the only one simulated), then every window, the hour and the day in production's proportions.
         */
        String limitHeader() {
            return limit + ", " + limit + ";w=60, " + (long) limit * 45 + ";w=3600, " + (long) limit * 540 + ";w=86400";
        }
    }

    private volatile int limitPerMinute;
    private long windowStart = Long.MIN_VALUE;
    private int used;

    /** Production's API limit, 50,000 a minute. */
    RateLimiter() {
        this(50_000);
    }

    RateLimiter(int limitPerMinute) {
        limitPerMinute(limitPerMinute);
    }

    void limitPerMinute(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("rate limit must be at least 1: " + limit);
        }
        this.limitPerMinute = limit;
    }

    /** Counts a request; failed and refused requests count too, as at Zuora. */
    synchronized Window consume(Instant now) {
        roll(now);
        used++;
        return window(now, used <= limitPerMinute);
    }

    /** The window as it stands, without counting a request. */
    synchronized Window peek(Instant now) {
        roll(now);
        return window(now, true);
    }

    private void roll(Instant now) {
        long start = Math.floorDiv(now.getEpochSecond(), 60) * 60;
        if (start != windowStart) {
            windowStart = start;
            used = 0;
        }
    }

    private Window window(Instant now, boolean allowed) {
        long reset = Math.max(1, windowStart + 60 - now.getEpochSecond());
        return new Window(limitPerMinute, Math.max(0, limitPerMinute - used), reset, allowed);
    }
}
