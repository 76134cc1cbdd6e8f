package io.camelzuora.jobs.internal.client;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the waits a server asks for ({@code Retry-After}, {@code RateLimit-Reset}) as untrusted input:
 * <ul>
 * <li>a positive number of seconds, or an HTTP date in the future, is that wait, capped at {@code maxRetryAfter}; a
 * longer one is logged at WARN with the value received (once per value, not on every answer that repeats it);</li>
 * <li>zero, a negative number, a date in the past and anything unreadable ask for no wait of their own (DEBUG): the
 * caller backs off as it does without the header, so none of them becomes a retry-at-once loop or an exception.</li>
 * </ul>
 */
final class ServerWaits {

    private static final Logger LOG = LoggerFactory.getLogger(ServerWaits.class);
    /** More digits than this cannot be a number of seconds anyone means (about 31,000 years). */
    private static final int MAX_DIGITS = 12;
    private static final Pattern SECONDS = Pattern.compile("\\s*(-?)(\\d+)\\s*");
    private static final Pattern FIRST_NUMBER = Pattern.compile("^\\s*(\\d{1,18})\\b");

    private final Duration maxWait;
    private final AtomicReference<String> lastCapped = new AtomicReference<>();

    ServerWaits(Duration maxWait) {
        this.maxWait = maxWait;
    }

    /** The longest wait taken from the server. */
    Duration maxWait() {
        return maxWait;
    }

    /** {@code Retry-After} as delta-seconds or an HTTP date: the bounded wait, or {@code null} for none. */
    Duration retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher seconds = SECONDS.matcher(value);
        if (seconds.matches()) {
            return seconds(seconds, "Retry-After", value);
        }
        try {
            Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            if (wait.isNegative() || wait.isZero()) {
                LOG.debug("Retry-After {} is not in the future; backing off as without it", InputChecks.show(value));
                return null;
            }
            return bounded(wait, "Retry-After", value);
        } catch (DateTimeParseException notADate) {
            LOG.debug("Retry-After {} is neither seconds nor an HTTP date; ignored", InputChecks.show(value));
            return null;
        }
    }

    /** {@code RateLimit-Reset}, seconds until the window resets: the bounded wait, or {@code null} for none. */
    Duration rateLimitReset(String value) {
        if (value == null) {
            return null;
        }
        Matcher seconds = SECONDS.matcher(value);
        if (!seconds.matches()) {
            LOG.debug("RateLimit-Reset {} is not a number of seconds; ignored", InputChecks.show(value));
            return null;
        }
        return seconds(seconds, "RateLimit-Reset", value);
    }

    /**
     * The first number of a {@code RateLimit-*} header ({@code 12} of {@code 12, 30;w=60}), or {@code null} when it
     * cannot be read (DEBUG): a header that cannot be read never fails a call.
     */
    static Long firstNumber(String header, String value) {
        if (value == null) {
            return null;
        }
        if (isDigits(value)) {
            return Long.valueOf(value);
        }
        Matcher m = FIRST_NUMBER.matcher(value);
        if (!m.find()) {
            LOG.debug("{} {} cannot be read; ignored", header, InputChecks.show(value));
            return null;
        }
        return Long.valueOf(m.group(1));
    }

    /** The usual answer, a plain count: read without a regular expression. */
    private static boolean isDigits(String value) {
        int length = value.length();
        if (length == 0 || length > 18) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private Duration seconds(Matcher seconds, String header, String value) {
        String digits = seconds.group(2).replaceFirst("^0+(?=.)", "");
        if (!seconds.group(1).isEmpty() || digits.equals("0")) {
            LOG.debug("{} {} asks for no wait; backing off as without it", header, InputChecks.show(value));
            return null;
        }
        if (digits.length() > MAX_DIGITS) {
            return bounded(null, header, value);
        }
        return bounded(Duration.ofSeconds(Long.parseLong(digits)), header, value);
    }

    /** The wait, capped; {@code null} wait means one too large to represent. */
    private Duration bounded(Duration wait, String header, String value) {
        if (wait != null && wait.compareTo(maxWait) <= 0) {
            return wait;
        }
        String received = header + ": " + value.trim();
        if (!received.equals(lastCapped.getAndSet(received))) {
            LOG.warn("Zuora answered {}, a longer wait than maxRetryAfter; waiting {} ms (maxRetryAfter) instead",
                    InputChecks.show(received), maxWait.toMillis());
        }
        return maxWait;
    }
}
