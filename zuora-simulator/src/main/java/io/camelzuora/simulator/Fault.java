package io.camelzuora.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * A misbehaviour the simulator can be told to show instead of (or around) a normal answer.
 *
 * <p>Most faults answer in place of the API, before authentication, as a gateway or proxy would: the
 * request does not take effect. Two are different: {@link #delay(Duration)} waits and then serves the
 * request normally, and {@link #dropAfterProcessing()} serves it (the job is created, the status
 * changed) and then drops the connection.
 */
public final class Fault {

    enum Kind {
        STATUS, DELAY, DROP_CONNECTION, DROP_AFTER_PROCESSING, MALFORMED_JSON, TRUNCATED_JSON, HTML_PAGE,
        CORRUPT_GZIP, EMPTY_BODY, HUGE_BODY, DEEPLY_NESTED, WRONG_TYPE, REVOKE_TOKENS
    }

    private final Kind kind;
    private final int number;
    private final Duration duration;
    private final boolean httpDate;

    private Fault(Kind kind, int number, Duration duration, boolean httpDate) {
        this.kind = kind;
        this.number = number;
        this.duration = duration;
        this.httpDate = httpDate;
    }

    /**
     * An HTTP error status with a Zuora-style error body.
     *
     * @param code the HTTP status
     * @return the fault
     */
    public static Fault status(int code) {
        return new Fault(Kind.STATUS, code, null, false);
    }

    /**
     * An HTTP error status with a {@code Retry-After} header in seconds (for 429 and 503).
     *
     * @param code       the HTTP status
     * @param retryAfter the wait to advise, rounded up to whole seconds
     * @return the fault
     */
    public static Fault status(int code, Duration retryAfter) {
        return new Fault(Kind.STATUS, code, Objects.requireNonNull(retryAfter, "retryAfter"), false);
    }

    /**
     * An HTTP error status with a {@code Retry-After} header as an HTTP date, {@code retryAfter} after the wall clock.
     *
     * @param code       the HTTP status
     * @param retryAfter the wait to advise
     * @return the fault
     */
    public static Fault retryAfterHttpDate(int code, Duration retryAfter) {
        return new Fault(Kind.STATUS, code, Objects.requireNonNull(retryAfter, "retryAfter"), true);
    }

    /**
     * Waits for {@code wall} of real time, then serves the request normally: for client timeouts.
     *
     * @param wall how long to wait, on the wall clock
     * @return the fault
     */
    public static Fault delay(Duration wall) {
        return new Fault(Kind.DELAY, 0, Objects.requireNonNull(wall, "wall"), false);
    }

    /** @return a fault that closes the connection without a response; the request does not take effect */
    public static Fault dropConnection() {
        return new Fault(Kind.DROP_CONNECTION, 0, null, false);
    }

    /** @return a fault that serves the request (it takes effect) and then closes the connection without a response */
    public static Fault dropAfterProcessing() {
        return new Fault(Kind.DROP_AFTER_PROCESSING, 0, null, false);
    }

    /** @return a 200 whose JSON body is not well-formed */
    public static Fault malformedJson() {
        return new Fault(Kind.MALFORMED_JSON, 0, null, false);
    }

    /** @return a 200 whose JSON body stops half way */
    public static Fault truncatedJson() {
        return new Fault(Kind.TRUNCATED_JSON, 0, null, false);
    }

    /**
     * An HTML error page as a proxy or load balancer sends it.
     *
     * @param code the HTTP status
     * @return the fault
     */
    public static Fault htmlPage(int code) {
        return new Fault(Kind.HTML_PAGE, code, null, false);
    }

    /** @return a 200 that claims {@code Content-Encoding: gzip} but whose body is not valid gzip */
    public static Fault corruptGzip() {
        return new Fault(Kind.CORRUPT_GZIP, 0, null, false);
    }

    /**
     * An HTTP status with no body at all, as a gateway that gave up sends it.
     *
     * @param code the HTTP status
     * @return the fault
     */
    public static Fault emptyBody(int code) {
        return new Fault(Kind.EMPTY_BODY, code, null, false);
    }

    /**
     * A 200 with a valid JSON object body of exactly {@code bytes} bytes (uncompressed).
     *
     * @param bytes the body size, at least 16
     * @return the fault
     */
    public static Fault hugeBody(int bytes) {
        if (bytes < 16) {
            throw new IllegalArgumentException("hugeBody needs at least 16 bytes: " + bytes);
        }
        return new Fault(Kind.HUGE_BODY, bytes, null, false);
    }

    /**
     * A 200 with a JSON body of objects nested {@code depth} levels deep.
     *
     * @param depth the nesting depth, at least 1
     * @return the fault
     */
    public static Fault deeplyNested(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1: " + depth);
        }
        return new Fault(Kind.DEEPLY_NESTED, depth, null, false);
    }

    /** @return a 200 with a JSON array where the API answers an object */
    public static Fault wrongType() {
        return new Fault(Kind.WRONG_TYPE, 0, null, false);
    }

    /** @return a fault that revokes every token and answers 401, as if the tenant's tokens were invalidated */
    public static Fault revokeTokens() {
        return new Fault(Kind.REVOKE_TOKENS, 0, null, false);
    }

    Kind kind() {
        return kind;
    }

    int number() {
        return number;
    }

    Duration duration() {
        return duration;
    }

    boolean httpDate() {
        return httpDate;
    }

    /** Whether the fault answers in place of the API, so the request never takes effect. */
    boolean replacesResponse() {
        return kind != Kind.DELAY && kind != Kind.DROP_AFTER_PROCESSING;
    }

    @Override
    public String toString() {
        return "Fault." + kind + (number != 0 ? "(" + number + ")" : "") + (duration != null ? "(" + duration + ")" : "");
    }
}
