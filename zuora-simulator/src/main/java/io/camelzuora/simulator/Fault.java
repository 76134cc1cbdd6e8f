package io.camelzuora.simulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A misbehaviour the simulator can be told to show instead of (or around) a normal answer.
 *
 * <p>
 * Most faults answer in place of the API, before authentication, as a gateway or proxy would: the request does not take
 * effect. Some are different: {@link #delay(Duration)} waits and then serves the request normally,
 * {@link #dropAfterProcessing()} serves it (the job is created, the status changed) and then drops the connection,
 * {@link #headers(Map)} and {@link #trickle(Duration)} serve it and change how the answer is sent.
 */
public final class Fault {

    enum Kind {
        STATUS,
        DELAY,
        DROP_CONNECTION,
        DROP_AFTER_PROCESSING,
        MALFORMED_JSON,
        TRUNCATED_JSON,
        HTML_PAGE,
        CORRUPT_GZIP,
        EMPTY_BODY,
        HUGE_BODY,
        DEEPLY_NESTED,
        WRONG_TYPE,
        REVOKE_TOKENS,
        ANSWER,
        HEADERS,
        TRICKLE
    }

    private final Kind kind;
    private final int number;
    private final Duration duration;
    private final boolean httpDate;
    private final String body;
    private final Map<String, String> headers;

    private Fault(Kind kind, int number, Duration duration, boolean httpDate) {
        this(kind, number, duration, httpDate, null, Map.of());
    }

    private Fault(Kind kind, int number, Duration duration, boolean httpDate, String body, Map<String, String> headers) {
        this.kind = kind;
        this.number = number;
        this.duration = duration;
        this.httpDate = httpDate;
        this.body = body;
        this.headers = headers;
    }

    /**
     * Exactly this answer, in place of the API: for bodies and headers no real request produces, such as a job list
     * with ids that are not UUIDs or a {@code Retry-After} of centuries. The headers replace the ones the simulator
     * sends on every response.
     *
     * @param  status  the HTTP status
     * @param  json    the body, sent as {@code application/json} as it is
     * @param  headers response headers
     * @return         the fault
     */
    public static Fault answer(int status, String json, Map<String, String> headers) {
        return new Fault(
                Kind.ANSWER, status, null, false, Objects.requireNonNull(json, "json"),
                new LinkedHashMap<>(headers));
    }

    /**
     * Serves the request normally and sends these headers with the answer, replacing the ones of the same name (e.g.
     * {@code RateLimit-Remaining: 0}).
     *
     * @param  headers response headers
     * @return         the fault
     */
    public static Fault headers(Map<String, String> headers) {
        return new Fault(Kind.HEADERS, 0, null, false, null, new LinkedHashMap<>(headers));
    }

    /**
     * Serves the request normally but sends the body one byte at a time, {@code perByte} of real time apart: a response
     * that never stalls long enough for a socket timeout yet takes for ever.
     *
     * @param  perByte the pause before each byte, on the wall clock
     * @return         the fault
     */
    public static Fault trickle(Duration perByte) {
        return new Fault(Kind.TRICKLE, 0, Objects.requireNonNull(perByte, "perByte"), false);
    }

    /**
     * An HTTP error status with a Zuora-style error body.
     *
     * @param  code the HTTP status
     * @return      the fault
     */
    public static Fault status(int code) {
        return new Fault(Kind.STATUS, code, null, false);
    }

    /**
     * An HTTP error status with a {@code Retry-After} header in seconds (for 429 and 503).
     *
     * @param  code       the HTTP status
     * @param  retryAfter the wait to advise, rounded up to whole seconds
     * @return            the fault
     */
    public static Fault status(int code, Duration retryAfter) {
        return new Fault(Kind.STATUS, code, Objects.requireNonNull(retryAfter, "retryAfter"), false);
    }

    /**
     * An HTTP error status with a {@code Retry-After} header as an HTTP date, {@code retryAfter} after the wall clock.
     *
     * @param  code       the HTTP status
     * @param  retryAfter the wait to advise
     * @return            the fault
     */
    public static Fault retryAfterHttpDate(int code, Duration retryAfter) {
        return new Fault(Kind.STATUS, code, Objects.requireNonNull(retryAfter, "retryAfter"), true);
    }

    /**
     * Waits for {@code wall} of real time, then serves the request normally: for client timeouts.
     *
     * @param  wall how long to wait, on the wall clock
     * @return      the fault
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
     * @param  code the HTTP status
     * @return      the fault
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
     * @param  code the HTTP status
     * @return      the fault
     */
    public static Fault emptyBody(int code) {
        return new Fault(Kind.EMPTY_BODY, code, null, false);
    }

    /**
     * A 200 with a valid JSON object body of exactly {@code bytes} bytes (uncompressed).
     *
     * @param  bytes the body size, at least 16
     * @return       the fault
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
     * @param  depth the nesting depth, at least 1
     * @return       the fault
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

    String body() {
        return body;
    }

    Map<String, String> headers() {
        return headers;
    }

    /** Whether the fault answers in place of the API, so the request never takes effect. */
    boolean replacesResponse() {
        return kind != Kind.DELAY && kind != Kind.DROP_AFTER_PROCESSING && kind != Kind.HEADERS
                && kind != Kind.TRICKLE;
    }

    @Override
    public String toString() {
        return "Fault." + kind + (number != 0 ? "(" + number + ")" : "") + (duration != null ? "(" + duration + ")" : "");
    }
}
