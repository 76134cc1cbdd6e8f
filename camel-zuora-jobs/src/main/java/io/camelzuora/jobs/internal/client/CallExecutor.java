package io.camelzuora.jobs.internal.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import java.time.Instant;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.exception.ZuoraConcurrencyLimitException;

/**
 * Runs one call with Zuora's retry rules: 429 and 503 wait for {@code Retry-After}; other 5xx, category-61 codes,
 * connection failures, timeouts and unreadable bodies back off with jitter; 4xx are final, except a 409 to a retry of
 * a call with an {@code Idempotency-Key} (the first attempt is still running, so the next retry gets its result); a
 * 401 is retried once with a renewed token. Only calls marked retry-safe are repeated. Failures become {@link ZuoraApiException}s.
 */
final class CallExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(CallExecutor.class);

    private final HttpTransport transport;
    private final RetryPolicy retryPolicy;
    private final Duration responseTimeout;
    private final long maxResponseBytes;
    private final LongAdder requestsSent;
    private final RequestPacer pacer;

    CallExecutor(HttpTransport transport, RetryPolicy retryPolicy, Duration responseTimeout, long maxResponseBytes,
                 LongAdder requestsSent, RequestPacer pacer) {
        this.transport = transport;
        this.retryPolicy = retryPolicy;
        this.responseTimeout = responseTimeout;
        this.maxResponseBytes = maxResponseBytes;
        this.requestsSent = requestsSent;
        this.pacer = pacer;
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
            String token = tokens == null ? null : tokens.token();
            ApiFailure failure;
            if (pacer != null) {
                pacer.acquire(request, retryPolicy.maxDelay());
            }
            try {
                requestsSent.increment();
                RawResponse response = transport.send(toHttp(request, token), responseTimeout, maxResponseBytes);
                if (pacer != null) {
                    pacer.afterResponse(request, response);
                }
                if (response.isSuccess()) {
                    try {
                        T body = reader.read(response.body());
                        logCall(request, response, retries);
                        return new ZuoraResponse<>(body, response.status(), response.header("Zuora-Request-Id"),
                                response.header("Zuora-Track-Id"), parseLong(response.header("RateLimit-Remaining")));
                    } catch (IOException unreadable) {
                        failure = unreadableBody(request, response, unreadable);
                    }
                } else if (response.status() == 401 && tokens != null && !tokenRenewed && tokens.renew(token)) {
                    tokenRenewed = true;
                    LOG.debug("{} answered 401 [Zuora-Request-Id: {}]; retrying once with a new token",
                            request.description(), response.header("Zuora-Request-Id"));
                    continue;
                } else {
                    failure = fromResponse(request, response);
                    if (response.status() == 409 && retries > 0 && request.headers().containsKey("Idempotency-Key")) {
                        // our own earlier attempt (its answer lost or late) is still running: its result will be replayed
                        failure = failure.retryable(true);
                    }
                }
            } catch (ResponseTooLargeException tooLarge) {
                failure = new ApiFailure(request.description(), 0, null, tooLarge.getMessage(), null,
                        request.trackId(), false, null, tooLarge);
            } catch (SSLException tls) {
                // an untrusted certificate or a host name mismatch will not heal by retrying
                boolean permanent = tls instanceof SSLHandshakeException || tls instanceof SSLPeerUnverifiedException;
                failure = new ApiFailure(request.description(), 0, null, "TLS failed ("
                        + ErrorBodyParser.clean(String.valueOf(tls.getMessage()))
                        + "); check the server certificate, the host name and sslContextParameters", null,
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

    private static HttpUriRequestBase toHttp(ApiRequest request, String token) {
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), request.uri());
        request.headers().forEach(http::addHeader);
        if (token != null) {
            http.addHeader("Authorization", "Bearer " + token);
        }
        if (request.body() != null) {
            http.setEntity(request.body().get());
        }
        return http;
    }

    private static ApiFailure fromResponse(ApiRequest request, RawResponse response) {
        ErrorBodyParser.ErrorBody error = ErrorBodyParser.parse(response.body());
        int status = response.status();
        Duration retryAfter = RetryPolicy.parseRetryAfter(response.header("Retry-After"), Instant.now());
        boolean retryable = status == 429 || status >= 500 || ApiFailure.isRetryableCode(error.code());
        return new ApiFailure(request.description(), status, error.code(), error.message(),
                response.header("Zuora-Request-Id"), request.trackId(), retryable,
                status == 429 || status == 503 ? retryAfter : null, null);
    }

    private static ApiFailure unreadableBody(ApiRequest request, RawResponse response, IOException cause) {
        String what = cause instanceof StreamConstraintsException
                ? "the response body is not a Zuora response (" + ErrorBodyParser.clean(cause.getMessage()) + ")"
                : "the response body could not be read as JSON";
        return new ApiFailure(request.description(), response.status(), null, what,
                response.header("Zuora-Request-Id"), request.trackId(),
                !(cause instanceof StreamConstraintsException), null, cause);
    }

    private static ApiFailure fromIo(ApiRequest request, IOException io) {
        String what = io instanceof SocketTimeoutException ? "no response within the request timeout"
                : io instanceof ConnectException ? "could not connect (" + ErrorBodyParser.clean(String.valueOf(io.getMessage())) + ")"
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
        return new ZuoraApiException(request.description() + " was interrupted", 0, null, null, null,
                request.trackId(), cause);
    }

    private static void pause(ApiRequest request, Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interruptedCall(request, e);
        }
    }

    private static void logCall(ApiRequest request, RawResponse response, int retries) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} -> {} [job: {}, Zuora-Request-Id: {}, retries: {}]", request.description(),
                    response.status(), request.jobId(), response.header("Zuora-Request-Id"), retries);
        }
    }

    private static Long parseLong(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
