package io.camelzuora.jobs.internal.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.exception.ZuoraConcurrencyLimitException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.HttpEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one call with Zuora's retry rules: 429 and 503 wait for {@code Retry-After}; other 5xx, category-61 codes,
 * connection failures, timeouts and unreadable bodies back off with jitter; 4xx are final, except a 409 to a retry of a
 * call with an {@code Idempotency-Key} (the first attempt is still running, so the next retry gets its result, and a
 * 409 whose body is the job is that result); a 401 is retried once with a renewed token, unless the body was a stream
 * that cannot be sent again. Waits the server asks for are bounded by {@code maxRetryAfter}. Only calls marked
 * retry-safe are repeated. Failures become {@link ZuoraApiException}s.
 */
final class CallExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(CallExecutor.class);

    private final HttpTransport transport;
    private final RetryPolicy retryPolicy;
    private final Duration responseTimeout;
    private final long maxResponseBytes;
    private final LongAdder requestsSent;
    private final RequestPacer pacer;
    private final ServerWaits serverWaits;
    private final Set<HttpUriRequestBase> inFlight = ConcurrentHashMap.newKeySet();
    private final Object stopSignal = new Object();
    private volatile boolean closed;

    CallExecutor(HttpTransport transport, RetryPolicy retryPolicy, Duration responseTimeout, long maxResponseBytes,
                 LongAdder requestsSent, RequestPacer pacer) {
        this.transport = transport;
        this.retryPolicy = retryPolicy;
        this.responseTimeout = responseTimeout;
        this.maxResponseBytes = maxResponseBytes;
        this.requestsSent = requestsSent;
        this.pacer = pacer;
        this.serverWaits = new ServerWaits(retryPolicy.maxRetryAfter());
    }

    /**
     * Executes the call.
     *
     * @param tokens where the bearer token comes from, {@code null} for the unauthenticated token call
     */
    <T> ZuoraResponse<T> execute(ApiRequest request, AccessTokenSource tokens, BodyReader<T> reader) {
        int retries = 0;
        boolean tokenRenewed = false;
        while (true) {
            if (closed) {
                throw new ZuoraApiException(
                        request.description() + " was not sent: the component is stopping", 0,
                        null, null, null, request.trackId(), null);
            }
            String token = tokens == null ? null : tokens.token();
            ApiFailure failure;
            if (pacer != null) {
                pacer.acquire(request, retryPolicy.maxDelay());
            }
            HttpUriRequestBase http = toHttp(request, token);
            inFlight.add(http);
            try {
                requestsSent.increment();
                RawResponse response = send(http);
                if (pacer != null) {
                    pacer.afterResponse(response, serverWaits);
                }
                if (response.isSuccess()) {
                    try {
                        return success(request, response, reader, retries);
                    } catch (IOException unreadable) {
                        failure = unreadableBody(request, response, unreadable);
                    }
                } else if (response.status() == 401 && tokens != null && !tokenRenewed && tokens.renew(token)) {
                    tokenRenewed = true;
                    if (!resendable(http)) {
                        throw streamedUploadRefused(request, response);
                    }
                    LOG.debug("{} answered 401 [Zuora-Request-Id: {}]; retrying once with a new token",
                            request.description(), requestId(response));
                    continue;
                } else if (response.status() == 409 && retries > 0 && request.headers().containsKey("Idempotency-Key")) {
                    ZuoraResponse<T> replay = replayedResult(request, response, reader, retries);
                    if (replay != null) {
                        return replay;
                    }
                    // our own earlier attempt (its answer lost or late) is still running: its result will be replayed
                    failure = fromResponse(request, response).retryable(true);
                } else {
                    failure = fromResponse(request, response);
                }
            } catch (ResponseTooLargeException tooLarge) {
                failure = new ApiFailure(
                        request.description(), 0, null, tooLarge.getMessage(), null,
                        request.trackId(), false, null, tooLarge);
            } catch (SSLException tls) {
                // an untrusted certificate or a host name mismatch will not heal by retrying
                boolean permanent = tls instanceof SSLHandshakeException || tls instanceof SSLPeerUnverifiedException;
                failure = new ApiFailure(
                        request.description(), 0, null, "TLS failed ("
                                                        + ErrorBodyParser.clean(String.valueOf(tls.getMessage()))
                                                        + "); check the server certificate, the host name and sslContextParameters",
                        null,
                        request.trackId(), !permanent, null, tls);
            } catch (InterruptedIOException interrupted) {
                if (Thread.currentThread().isInterrupted()) {
                    throw interruptedCall(request, interrupted);
                }
                failure = fromIo(request, interrupted);
            } catch (IOException io) {
                failure = fromIo(request, io);
            }
            if (!failure.retryable() || retries >= retryPolicy.maxRetries()
                    || !(request.retrySafe() || failure.cause() instanceof ConnectException)) {
                throw toException(request, failure);
            }
            Duration delay = retryPolicy.delay(retries, failure.retryAfter());
            if (delay.compareTo(retryPolicy.maxDelay()) > 0) {
                LOG.debug("{} asked to wait {}, longer than the retry cap {}; giving up", request.description(),
                        delay, retryPolicy.maxDelay());
                throw toException(request, failure);
            }
            retries++;
            LOG.debug("{} failed ({}); retry {} of {} in {} ms", request.description(), failure.describe(), retries,
                    retryPolicy.maxRetries(), delay.toMillis());
            pause(request, delay);
        }
    }

    private RawResponse send(HttpUriRequestBase http) throws IOException {
        try {
            if (closed) {
                http.cancel();
            }
            return transport.send(http, responseTimeout, maxResponseBytes);
        } finally {
            inFlight.remove(http);
        }
    }

    /** Aborts the calls under way and refuses new ones. */
    void close() {
        closed = true;
        inFlight.forEach(HttpUriRequestBase::cancel);
        synchronized (stopSignal) {
            stopSignal.notifyAll();
        }
    }

    private static HttpUriRequestBase toHttp(ApiRequest request, String token) {
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), request.uri());
        request.headers().forEach(http::addHeader);
        if (token != null) {
            http.addHeader("Authorization", "Bearer " + token);
        }
        if (request.body() != null) {
            HttpEntity entity = request.body().get();
            if (entity instanceof CsvEntity csv) {
                // a failed upload must end the exchange, so the server never sees a complete request
                csv.abortWith(http::cancel);
            }
            http.setEntity(entity);
        }
        return http;
    }

    private <T> ZuoraResponse<T> success(ApiRequest request, RawResponse response, BodyReader<T> reader, int retries)
            throws IOException {
        T body = reader.read(response.body());
        logCall(request, response, retries);
        return new ZuoraResponse<>(
                body, response.status(), requestId(response), response.header("Zuora-Track-Id"),
                ServerWaits.firstNumber("RateLimit-Remaining", response.header("RateLimit-Remaining")));
    }

    /**
     * A 409 to our own retry whose body is the job itself is Zuora replaying the result of the first attempt; the call
     * succeeded. {@code null} when the body is an error (the first attempt is still running).
     */
    private <T> ZuoraResponse<T> replayedResult(
            ApiRequest request, RawResponse response, BodyReader<T> reader,
            int retries) {
        try {
            JsonNode root = ZuoraJson.mapper().readTree(response.body());
            if (root == null || !root.isObject() || !root.path("Id").isTextual()) {
                return null;
            }
            LOG.debug("{} answered 409 with the job: the replayed result of the first attempt", request.description());
            return success(request, response, reader, retries);
        } catch (IOException notAJob) {
            return null;
        }
    }

    /** Whether the request's body can be sent again; a stream read once cannot. */
    private static boolean resendable(HttpUriRequestBase http) {
        return http.getEntity() == null || http.getEntity().isRepeatable();
    }

    private static ZuoraApiException streamedUploadRefused(ApiRequest request, RawResponse response) {
        return new ApiFailure(
                request.description(), 401, null, "the access token was refused while a CSV read from a"
                                                  + " stream was sent; a new token has been fetched, but"
                                                  + " the stream cannot be read again: send the upload"
                                                  + " again (or give the body as a file or bytes, which"
                                                  + " are re-sent by themselves)",
                requestId(response), request.trackId(), false, null, null).apiException();
    }

    private ApiFailure fromResponse(ApiRequest request, RawResponse response) {
        ErrorBodyParser.ErrorBody error = ErrorBodyParser.parse(response.body());
        int status = response.status();
        boolean rateLimited = status == 429 || status == 503;
        Duration retryAfter = rateLimited ? serverWaits.retryAfter(response.header("Retry-After"), Instant.now()) : null;
        boolean retryable = rateLimited || status >= 500 || ApiFailure.isRetryableCode(error.code());
        return new ApiFailure(
                request.description(), status, error.code(), error.message(), requestId(response),
                request.trackId(), retryable, retryAfter, null);
    }

    /** {@code Zuora-Request-Id} as the server sent it, made safe for messages and logs. */
    private static String requestId(RawResponse response) {
        String id = response.header("Zuora-Request-Id");
        return id == null ? null : ErrorBodyParser.clean(id);
    }

    private static ApiFailure unreadableBody(ApiRequest request, RawResponse response, IOException cause) {
        String what = cause instanceof StreamConstraintsException
                ? "the response body is not a Zuora response (" + ErrorBodyParser.clean(cause.getMessage()) + ")"
                : "the response body could not be read as JSON";
        return new ApiFailure(
                request.description(), response.status(), null, what,
                requestId(response), request.trackId(),
                !(cause instanceof StreamConstraintsException), null, cause);
    }

    private static ApiFailure fromIo(ApiRequest request, IOException io) {
        String what = io instanceof SocketTimeoutException ? ErrorBodyParser.clean(String.valueOf(io.getMessage()))
                : io instanceof ConnectException
                        ? "could not connect (" + ErrorBodyParser.clean(String.valueOf(io.getMessage())) + ")"
                : io.getClass().getSimpleName() + ": " + ErrorBodyParser.clean(String.valueOf(io.getMessage()));
        return new ApiFailure(request.description(), 0, null, what, null, request.trackId(), true, null, io);
    }

    private static ZuoraApiException toException(ApiRequest request, ApiFailure failure) {
        if (failure.status() == 404 && request.jobId() != null) {
            return failure.jobNotFoundException(request.jobId());
        }
        if (failure.status() == 401) {
            return failure.authenticationException();
        }
        if (failure.status() == 403) {
            return failure.permissionException(request.permission());
        }
        if (failure.status() == 429 || failure.status() == 503) {
            return failure.rateLimitException(failure.retryAfter());
        }
        if (ZuoraConcurrencyLimitException.SERVICE_LIMIT_CODE.equals(failure.code())) {
            return failure.concurrencyLimitException();
        }
        String idempotencyKey = request.headers().get("Idempotency-Key");
        if ((failure.status() == 409 || failure.status() == 422) && idempotencyKey != null) {
            return failure.idempotencyException(idempotencyKey);
        }
        return failure.apiException();
    }

    private static ZuoraApiException interruptedCall(ApiRequest request, Exception cause) {
        return new ZuoraApiException(
                request.description() + " was interrupted", 0, null, null, null,
                request.trackId(), cause);
    }

    /** Waits before a retry; {@link #close()} ends the wait, so stopping never waits for a backoff. */
    private void pause(ApiRequest request, Duration delay) {
        long end = System.nanoTime() + delay.toNanos();
        synchronized (stopSignal) {
            try {
                for (long left = delay.toNanos(); !closed && left > 0; left = end - System.nanoTime()) {
                    stopSignal.wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw interruptedCall(request, e);
            }
        }
    }

    private static void logCall(ApiRequest request, RawResponse response, int retries) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} -> {} [job: {}, Zuora-Request-Id: {}, retries: {}]", request.description(),
                    response.status(), request.jobId(), requestId(response), retries);
        }
    }
}
