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
 * no request is sent until {@code RateLimit-Reset} has passed (at most {@code maxRetryAfter}), so Zuora is not pushed
 * into answering 429.</li>
 * </ul>
 * A caller that would have to wait longer than {@code maxWait} is refused at once with {@link ZuoraRateLimitException}
 * (nothing is sent), so a polling consumer backs off instead of holding its thread.
 */
public final class RequestPacer {

    private static final Pattern MINUTE_LIMIT = Pattern.compile("(?:^|,)\\s*(\\d{1,18})\\s*;\\s*w\\s*=\\s*60\\b");

    private final int maxRequestsPerMinute;
    private final Clock clock;
    private final Sleeper sleeper;
    private double permits;
    private Instant refilledAt;
    private Instant pausedUntil = Instant.MIN;
    private String holdReason;
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

    /**
     * Blocks until the request may go, or throws {@link ZuoraRateLimitException} when that is more than maxWait away.
     */
    void acquire(ApiRequest request, Duration maxWait) {
        Duration wait = reserve();
        if (wait.isZero()) {
            return;
        }
        if (wait.compareTo(maxWait) > 0) {
            release();
            throw new ApiFailure(
                    request.description(), 0, null,
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
            throw new ZuoraApiException(
                    request.description() + " was interrupted", 0, null, null, null,
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

    /**
     * Learns from an answer: a {@code RateLimit-Remaining} down to the reserve holds every request until
     * {@code RateLimit-Reset}, bounded by {@code waits}. A 429 or 503 with a usable {@code Retry-After} is left to that
     * header alone (the call's retry waits for it), so a longer {@code RateLimit-Reset} in the same answer does not
     * hold the call back further. Headers that cannot be read are ignored.
     */
    void afterResponse(RawResponse response, ServerWaits waits) {
        if ((response.status() == 429 || response.status() == 503)
                && waits.retryAfter(response.header("Retry-After"), clock.instant()) != null) {
            return;
        }
        Long remaining = ServerWaits.firstNumber("RateLimit-Remaining", response.header("RateLimit-Remaining"));
        if (remaining == null) {
            return;
        }
        Long limit = minuteLimit(response.header("RateLimit-Limit"));
        if (limit == null || remaining > Math.max(1, limit / 100)) {
            return;
        }
        Duration reset = waits.rateLimitReset(response.header("RateLimit-Reset"));
        if (reset != null) {
            holdUntil(clock.instant().plus(reset), "RateLimit-Remaining: " + remaining + ", RateLimit-Reset: "
                                                   + response.header("RateLimit-Reset").trim());
        }
    }

    private synchronized void holdUntil(Instant until, String reason) {
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
            holdReason = ErrorBodyParser.clean(reason);
        }
    }

    /** The hold Zuora's answers put on every request, or {@code null} when none is in force. */
    public synchronized ServerHold hold() {
        return clock.instant().isBefore(pausedUntil) ? new ServerHold(pausedUntil, holdReason) : null;
    }

    /** Lifts the hold, so a restarted route starts without one. */
    public synchronized void clearHold() {
        pausedUntil = Instant.MIN;
        holdReason = null;
    }

    /**
     * The per-minute limit from {@code RateLimit-Limit} (e.g. {@code 2250000, 50000;w=60, ...}), or its first number
     * when it names no one-minute window. Zuora sends the same text on every response, so the last one parsed is kept.
     */
    private Long minuteLimit(String header) {
        if (header == null) {
            return null;
        }
        ParsedLimit last = lastLimit;
        if (last != null && last.header().equals(header)) {
            return last.value();
        }
        Matcher minute = MINUTE_LIMIT.matcher(header);
        Long value = minute.find() ? Long.valueOf(minute.group(1)) : ServerWaits.firstNumber("RateLimit-Limit", header);
        lastLimit = new ParsedLimit(header, value);
        return value;
    }

    private record ParsedLimit(String header, Long value) {
    }
}
