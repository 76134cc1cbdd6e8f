package io.camelzuora.simulator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The one HTTP handler: reads the request, runs it through faults, authentication, rate limiting and idempotency to the
 * token endpoint or the jobs API, writes the answer with the headers Zuora sends on every response, and logs it.
 */
final class SimulatorHandler implements HttpHandler {

    /** Zuora gzips JSON responses over this many bytes when the client accepts gzip. */
    private static final int GZIP_THRESHOLD = 1000;

    /** A response, or {@code null} to drop the connection without one; {@code perByte} paces a trickled body. */
    private record Outcome(ApiResponse response, Duration perByte) {
        static final Outcome DROP = new Outcome(null);

        Outcome(ApiResponse response) {
            this(response, null);
        }
    }

    private final SimulatorClock clock;
    private final JobEngine engine;
    private final TokenStore tokens;
    private final RateLimiter rateLimiter;
    private final RateLimiter tokenRateLimiter;
    private final IdempotencyCache idempotency;
    private final FaultInjector faults;
    private final RequestLog log;
    private final ErrorBodies errors;
    private final FaultResponses faultResponses;
    private final TokenEndpoint tokenEndpoint;
    private final JobsApi jobsApi;

    SimulatorHandler(SimulatorClock clock, JobEngine engine, TokenStore tokens, RateLimiter rateLimiter,
                     RateLimiter tokenRateLimiter, IdempotencyCache idempotency, FaultInjector faults, RequestLog log,
                     ErrorBodies errors) {
        this.clock = clock;
        this.engine = engine;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.tokenRateLimiter = tokenRateLimiter;
        this.idempotency = idempotency;
        this.faults = faults;
        this.log = log;
        this.errors = errors;
        this.faultResponses = new FaultResponses(errors);
        this.tokenEndpoint = new TokenEndpoint(tokens, clock);
        this.jobsApi = new JobsApi(engine);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Instant arrived = Instant.now();
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        ApiRequest request = new ApiRequest(
                Ids.uuid(), method, path, ApiRequest.parseParameters(query),
                exchange.getRequestHeaders(), raw);
        Outcome outcome;
        try {
            Fault fault = faults.next(method, path);
            outcome = shaped(serve(request, fault), fault);
        } catch (RuntimeException e) {
            outcome = new Outcome(internalError(e));
        }
        // Logged before the answer leaves, so a client that has its answer always finds its request in the log.
        int status = outcome.response() == null ? 0 : outcome.response().status();
        log.add(new RecordedRequest(arrived, method, path, query, copy(exchange.getRequestHeaders()), raw, status));
        try {
            if (outcome.response() != null) {
                write(exchange, request, outcome.response(), outcome.perByte());
            }
        } finally {
            exchange.close();
        }
    }

    /** Applies the faults that change how a normal answer is sent. */
    private Outcome shaped(Outcome outcome, Fault fault) {
        if (fault == null || outcome.response() == null) {
            return outcome;
        }
        return switch (fault.kind()) {
            case HEADERS -> {
                faults.countInjected();
                yield new Outcome(FaultResponses.withHeaders(outcome.response(), fault));
            }
            case TRICKLE -> {
                faults.countInjected();
                yield new Outcome(outcome.response(), fault.duration());
            }
            default -> outcome;
        };
    }

    private Outcome serve(ApiRequest request, Fault fault) {
        if (fault != null && fault.replacesResponse()) {
            return injected(fault, request);
        }
        if (request.path().equals(TokenEndpoint.PATH)) {
            delayIfAsked(fault);
            RateLimiter.Window window = tokenRateLimiter.consume(clock.now());
            if (!window.allowed()) {
                return new Outcome(
                        errors.render(429, ErrorCodes.RETRYABLE, "Too Many Requests", request.requestId())
                                .withHeader("Retry-After", Long.toString(window.resetSeconds())));
            }
            return new Outcome(tokenEndpoint.handle(request));
        }
        if (!JobsApi.serves(request.path())) {
            return new Outcome(ErrorBodies.noSuchResource(request.method(), request.path()));
        }
        try {
            return serveApi(withDecodedBody(request), fault);
        } catch (ApiError refused) {
            return new Outcome(errors.render(refused, request.requestId()));
        }
    }

    private Outcome injected(Fault fault, ApiRequest request) {
        faults.countInjected();
        return switch (fault.kind()) {
            case DROP_CONNECTION -> Outcome.DROP;
            case REVOKE_TOKENS -> {
                tokens.revokeAll();
                yield new Outcome(ErrorBodies.authenticationError());
            }
            default -> new Outcome(faultResponses.render(fault, request.requestId()));
        };
    }

    private Outcome serveApi(ApiRequest request, Fault fault) {
        if (!tokens.isValid(bearerToken(request), clock.now())) {
            return new Outcome(ErrorBodies.authenticationError());
        }
        RateLimiter.Window window = rateLimiter.consume(clock.now());
        if (!window.allowed()) {
            return new Outcome(
                    errors.render(429, ErrorCodes.RETRYABLE, "Too Many Requests", request.requestId())
                            .withHeader("Retry-After", Long.toString(window.resetSeconds())));
        }
        String key = idempotencyKey(request);
        if (key != null) {
            if (key.length() > IdempotencyCache.MAX_KEY_LENGTH) {
                return new Outcome(
                        errors.render(400, ErrorCodes.JOB_INVALID,
                                "Idempotency-Key must be shorter than 255 characters.", request.requestId()));
            }
            IdempotencyCache.Decision decision = idempotency.reserve(key, request, clock.now());
            if (decision instanceof IdempotencyCache.Replay replay) {
                return new Outcome(replay.response());
            }
            if (decision instanceof IdempotencyCache.InFlight) {
                return new Outcome(
                        errors.render(409, ErrorCodes.STATUS_RULE,
                                "A request with this Idempotency-Key is still being processed.", request.requestId()));
            }
            if (decision instanceof IdempotencyCache.Mismatch) {
                return new Outcome(
                        errors.render(422, ErrorCodes.JOB_INVALID,
                                "This Idempotency-Key was used for a different request.", request.requestId()));
            }
        }
        delayIfAsked(fault);
        ApiResponse response;
        try {
            response = jobsApi.handle(request);
        } catch (ApiError refused) {
            response = errors.render(refused, request.requestId());
        }
        if (key != null) {
            idempotency.complete(key, response);
        }
        if (fault != null && fault.kind() == Fault.Kind.DROP_AFTER_PROCESSING) {
            faults.countInjected();
            return Outcome.DROP;
        }
        return new Outcome(response);
    }

    private void delayIfAsked(Fault fault) {
        if (fault == null || fault.kind() != Fault.Kind.DELAY) {
            return;
        }
        faults.countInjected();
        try {
            Thread.sleep(fault.duration().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String bearerToken(ApiRequest request) {
        String authorization = request.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }

    private static String idempotencyKey(ApiRequest request) {
        boolean applies = "POST".equals(request.method()) || "PATCH".equals(request.method());
        return applies ? request.header("Idempotency-Key") : null;
    }

    /** Gunzips a body sent with {@code Content-Encoding: gzip}; a body that is not gzip is refused as a bad file. */
    private static ApiRequest withDecodedBody(ApiRequest request) {
        String encoding = request.header("Content-Encoding");
        if (encoding == null || !encoding.trim().equalsIgnoreCase("gzip")) {
            return request;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(request.body()))) {
            return new ApiRequest(
                    request.requestId(), request.method(), request.path(), request.query(),
                    request.headers(), in.readAllBytes());
        } catch (IOException e) {
            throw ApiError.badRequest(ErrorCodes.FILE_INVALID, "The body says Content-Encoding: gzip but is not valid gzip.");
        }
    }

    private void write(HttpExchange exchange, ApiRequest request, ApiResponse response, Duration perByte)
            throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Zuora-Request-Id", request.requestId());
        String trackId = request.header("Zuora-Track-Id");
        if (trackId != null) {
            headers.set("Zuora-Track-Id", trackId);
        }
        RateLimiter.Window window = rateLimiter.peek(clock.now());
        headers.set("RateLimit-Limit", window.limitHeader());
        headers.set("RateLimit-Remaining", Integer.toString(window.remaining()));
        headers.set("RateLimit-Reset", Long.toString(window.resetSeconds()));
        headers.set("Content-Type", response.contentType());
        response.headers().forEach(headers::set);
        byte[] body = response.body();
        if (response.compressible() && body.length > GZIP_THRESHOLD && request.acceptsGzip()) {
            body = gzip(body);
            headers.set("Content-Encoding", "gzip");
        }
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (perByte == null) {
                out.write(body);
            } else {
                trickle(out, body, perByte);
            }
        }
    }

    private static void trickle(OutputStream out, byte[] body, Duration perByte) throws IOException {
        for (byte b : body) {
            try {
                Thread.sleep(perByte.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while trickling", e);
            }
            out.write(b);
            out.flush();
        }
    }

    private static ApiResponse internalError(RuntimeException e) {
        return ApiResponse.json(500, Json.object().put("code", ErrorCodes.INTERNAL).put("message", "Simulator error: " + e));
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(buffer)) {
            out.write(body);
        }
        return buffer.toByteArray();
    }

    private static Map<String, List<String>> copy(Headers headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return copy;
    }
}
