package io.camelzuora.jobs.internal.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.exception.ZuoraRateLimitException;

/**
 * Keeps an application inside its share of the tenant's rate limit, shared by every call of a component. Two brakes:
 * <ul>
 * <li>a client-side budget of {@code maxRequestsPerMinute} (a token bucket that refills evenly; off when 0);</li>
 * <li>Zuora's own {@code RateLimit-Remaining}: once it falls to the reserve (1 % of the per-minute limit, at least 1),
 * no request is sent until {@code RateLimit-Reset} has passed, so Zuora is not pushed into answering 429.</li>
 * </ul>
 * A caller that would have to wait longer than {@code maxWait} is refused at once with
 * {@link ZuoraRateLimitException} (nothing is sent), so a polling consumer backs off instead of holding its thread.
 */
public final class RequestPacer {

    private static final Pattern MINUTE_LIMIT = Pattern.compile("(\\d+)\\s*;\\s*w=60\\b");
    private static final Pattern FIRST_NUMBER = Pattern.compile("(\\d+)");

    private final int maxRequestsPerMinute;
    private final Clock clock;
    private final Sleeper sleeper;
    private double permits;
    private Instant refilledAt;
    private Instant pausedUntil = Instant.MIN;
    private volatile ParsedLimit lastLimit;

    /** Waits; replaceable in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * @param maxRequestsPerMinute the client-side budget, 0 for none
     */
    public RequestPacer(int maxRequestsPerMinute, Clock clock, Sleeper sleeper) {
        this.maxRequestsPerMinute = maxRequestsPerMinute;
        this.clock = clock;
        this.sleeper = sleeper;
        this.permits = maxRequestsPerMinute;
        this.refilledAt = clock.instant();
    }

    public RequestPacer(int maxRequestsPerMinute) {
        this(maxRequestsPerMinute, Clock.systemUTC(), d -> Thread.sleep(d.toMillis()));
    }

    /** Blocks until the request may go, or throws {@link ZuoraRateLimitException} when that is more than maxWait away. */
    void acquire(ApiRequest request, Duration maxWait) {
        Duration wait = reserve();
        if (wait.isZero()) {
            return;
        }
        if (wait.compareTo(maxWait) > 0) {
            release();
            throw new ApiFailure(request.description(), 0, null,
                    "not sent: the client-side rate budget (maxRequestsPerMinute, or Zuora's RateLimit-Remaining near"
                                                                                    + " zero) allows the next request in "
                                                                                    + wait.toMillis() + " ms",
                    null, request.trackId(), false, wait, null).rateLimitException(wait);
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release();
            throw new ZuoraApiException(request.description() + " was interrupted", 0, null, null, null,
                    request.trackId(), e);
        }
    }

    /** Takes a permit now (it may be negative, to be earned back) and says how long the caller must wait for it. */
    private synchronized Duration reserve() {
        Instant now = clock.instant();
        Duration wait = now.isBefore(pausedUntil) ? Duration.between(now, pausedUntil) : Duration.ZERO;
        if (maxRequestsPerMinute > 0) {
            double perMilli = maxRequestsPerMinute / 60_000.0;
            permits = Math.min(maxRequestsPerMinute, permits + Duration.between(refilledAt, now).toMillis() * perMilli);
            refilledAt = now;
            permits -= 1;
            if (permits < 0) {
                Duration budgetWait = Duration.ofMillis((long) Math.ceil(-permits / perMilli));
                wait = budgetWait.compareTo(wait) > 0 ? budgetWait : wait;
            }
        }
        return wait;
    }

    private synchronized void release() {
        if (maxRequestsPerMinute > 0) {
            permits = Math.min(maxRequestsPerMinute, permits + 1);
        }
    }

    public void afterResponse(ApiRequest request, RawResponse response) {
        Long remaining = parse(response.header("RateLimit-Remaining"), FIRST_NUMBER);
        if (remaining == null) {
            return;
        }
        Long limit = minuteLimit(response.header("RateLimit-Limit"));
        Long reset = limit == null ? null : parse(response.header("RateLimit-Reset"), FIRST_NUMBER);
        if (reset == null) {
            return;
        }
        long reserveCount = Math.max(1, limit / 100);
        if (remaining <= reserveCount) {
            Instant until = clock.instant().plusSeconds(reset);
            synchronized (this) {
                if (until.isAfter(pausedUntil)) {
                    pausedUntil = until;
                }
            }
        }
    }

    /**
     * The per-minute limit from {@code RateLimit-Limit} (e.g. {@code 2250000, 50000;w=60, ...}). Zuora sends the same
     * text on every response, so the last one parsed is kept.
     */
    private Long minuteLimit(String header) {
        if (header == null) {
            return null;
        }
        ParsedLimit last = lastLimit;
        if (last != null && last.header().equals(header)) {
            return last.value();
        }
        Long minute = parse(header, MINUTE_LIMIT);
        Long value = minute != null ? minute : parse(header, FIRST_NUMBER);
        lastLimit = new ParsedLimit(header, value);
        return value;
    }

    private record ParsedLimit(String header, Long value) {
    }

    private static Long parse(String value, Pattern pattern) {
        if (value == null) {
            return null;
        }
        if (pattern == FIRST_NUMBER) {
            try {
                return Long.valueOf(value.trim());
            } catch (NumberFormatException notPlain) {
                // fall through to the pattern, e.g. for "12, 30;w=60"
            }
        }
        Matcher m = pattern.matcher(value);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }
}
