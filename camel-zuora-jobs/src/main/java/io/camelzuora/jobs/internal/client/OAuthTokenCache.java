package io.camelzuora.jobs.internal.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.exception.ZuoraAuthenticationException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth 2.0 client-credentials tokens, fetched from Zuora's token endpoint and shared by every caller that calls Zuora
 * the same way. Zuora rate-limits the token endpoint per IP and tenant, so a token is fetched once and reused:
 * <ul>
 * <li>it is renewed shortly before {@code expires_in} runs out (a tenth of its life, at most a minute early); while the
 * current token is still valid, one caller renews it and the others go on with the current one;</li>
 * <li>without a valid token, exactly one thread fetches while the others wait for its result;</li>
 * <li>a failed fetch is not repeated by every caller in turn: until a backoff has passed (1 s, doubling up to a
 * minute), callers without a valid token get the failure again at once;</li>
 * <li>{@code expires_in} is read within {@value #MIN_LIFE_SECONDS} s to {@value #MAX_LIFE_SECONDS} s (one day); absent
 * or unreadable it is taken as {@value #DEFAULT_LIFE_SECONDS} s, Zuora's usual hour;</li>
 * <li>a 401 renews it only if no other thread already did; {@link #close()} aborts a fetch under way, so stopping never
 * waits for a hanging token endpoint.</li>
 * </ul>
 */
public final class OAuthTokenCache implements AccessTokenSource, AutoCloseable {

    static final long MIN_LIFE_SECONDS = 1;
    static final long MAX_LIFE_SECONDS = 86_400;
    static final long DEFAULT_LIFE_SECONDS = 3_600;
    private static final Logger LOG = LoggerFactory.getLogger(OAuthTokenCache.class);
    private static final Duration MAX_EARLY_REFRESH = Duration.ofMinutes(1);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    private final CallExecutor executor;
    private final URI tokenUrl;
    private final String form;
    private final Clock clock;
    private final ReentrantLock fetchLock = new ReentrantLock();
    private final AtomicReference<CachedToken> current = new AtomicReference<>();
    private volatile FailedFetch lastFailure;
    private volatile long fetches;

    private record CachedToken(String token, Instant refreshAt, Instant expiresAt) {
        @Override
        public String toString() {
            return "CachedToken[***, expires " + expiresAt + "]";
        }
    }

    /** A fetch that failed, and when the next may be tried. */
    private record FailedFetch(ZuoraApiException failure, Instant retryAt, Duration backoff) {
    }

    /**
     * @param transport      sends the token request
     * @param tokenUrl       the token endpoint, e.g. {@code https://rest.zuora.com/oauth/token}
     * @param clientId       the OAuth client id
     * @param clientSecret   the OAuth client secret
     * @param retryPolicy    retries for 5xx, 429 and connection failures of the token endpoint
     * @param requestTimeout how long one request to the token endpoint may take as a whole
     * @param clock          decides when a token is due for renewal
     */
    public OAuthTokenCache(HttpTransport transport, URI tokenUrl, String clientId, String clientSecret,
                           RetryPolicy retryPolicy, Duration requestTimeout, Clock clock) {
        this.executor = new CallExecutor(transport, retryPolicy, requestTimeout, 64 * 1024, new LongAdder(), null);
        this.tokenUrl = tokenUrl;
        this.form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                    + encode(clientSecret);
        this.clock = clock;
    }

    @Override
    public String token() {
        CachedToken token = current.get();
        Instant now = clock.instant();
        if (token != null && now.isBefore(token.refreshAt())) {
            return token.token();
        }
        if (token != null && now.isBefore(token.expiresAt())) {
            return refreshEarly(token, now);
        }
        FailedFetch failed = lastFailure;
        if (failed != null && now.isBefore(failed.retryAt())) {
            throw again(failed);
        }
        try {
            fetchLock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZuoraApiException(
                    "Waiting for a Zuora access token from " + tokenUrl + " was interrupted", 0,
                    null, null, null, null, e);
        }
        try {
            token = current.get();
            now = clock.instant();
            if (token != null && now.isBefore(token.expiresAt())) {
                return token.token();
            }
            failed = lastFailure;
            if (failed != null && now.isBefore(failed.retryAt())) {
                throw again(failed);
            }
            return fetchAndKeep(now).token();
        } finally {
            fetchLock.unlock();
        }
    }

    /** Renews a token that is due but still valid: by one caller, the others carry on with it meanwhile. */
    private String refreshEarly(CachedToken token, Instant now) {
        FailedFetch failed = lastFailure;
        if (failed != null && now.isBefore(failed.retryAt()) || !fetchLock.tryLock()) {
            return token.token();
        }
        try {
            if (current.get() != token) {
                return current.get() != null ? current.get().token() : token.token();
            }
            return fetchAndKeep(now).token();
        } catch (ZuoraApiException failedNow) {
            LOG.warn("Renewing the Zuora access token failed ({}); the current token stays in use until it expires",
                    failedNow.getMessage());
            return token.token();
        } finally {
            fetchLock.unlock();
        }
    }

    private CachedToken fetchAndKeep(Instant now) {
        try {
            CachedToken fetched = fetch();
            current.set(fetched);
            lastFailure = null;
            return fetched;
        } catch (ZuoraApiException failure) {
            FailedFetch previous = lastFailure;
            Duration backoff = previous == null ? FIRST_BACKOFF : previous.backoff().multipliedBy(2);
            if (backoff.compareTo(MAX_BACKOFF) > 0) {
                backoff = MAX_BACKOFF;
            }
            lastFailure = new FailedFetch(failure, now.plus(backoff), backoff);
            throw failure;
        }
    }

    /** The failure of the last fetch, for a caller that comes during its backoff. */
    private static ZuoraApiException again(FailedFetch failed) {
        ZuoraApiException e = failed.failure();
        String message = e.getMessage() + " (no new attempt before " + failed.retryAt() + ")";
        if (e instanceof ZuoraAuthenticationException) {
            return new ZuoraAuthenticationException(
                    message, e.getHttpStatus(), e.getZuoraCode(), e.getZuoraMessage(),
                    e.getRequestId(), e.getTrackId(), e);
        }
        return new ZuoraApiException(
                message, e.getHttpStatus(), e.getZuoraCode(), e.getZuoraMessage(),
                e.getRequestId(), e.getTrackId(), e);
    }

    @Override
    public boolean renew(String rejectedToken) {
        CachedToken token = current.get();
        if (token != null && token.token().equals(rejectedToken)) {
            current.compareAndSet(token, null);
        }
        return true;
    }

    /** How many tokens this cache has fetched. */
    public long fetchCount() {
        return fetches;
    }

    /** Aborts a fetch under way and refuses new ones: the component is stopping. */
    @Override
    public void close() {
        executor.close();
    }

    private CachedToken fetch() {
        ApiRequest request = new ApiRequest(
                "POST", tokenUrl, Map.of("Accept", "application/json"),
                () -> new StringEntity(form, ContentType.APPLICATION_FORM_URLENCODED), null, null, true,
                "POST " + tokenUrl.getPath(), null);
        try {
            ZuoraResponse<JsonNode> response = executor.execute(request, null, BodyReader.json(JsonNode.class));
            JsonNode body = response.body();
            String token = body.path("access_token").asText(null);
            if (token == null || token.isBlank()) {
                throw new IOException("the token response has no access_token");
            }
            Duration life = life(body.get("expires_in"));
            Instant now = clock.instant();
            Duration early = life.dividedBy(10);
            if (early.compareTo(MAX_EARLY_REFRESH) > 0) {
                early = MAX_EARLY_REFRESH;
            }
            fetches++;
            LOG.debug("Fetched a Zuora access token from {} valid for {} s [Zuora-Request-Id: {}]", tokenUrl,
                    life.toSeconds(), response.requestId());
            return new CachedToken(token, now.plus(life).minus(early), now.plus(life));
        } catch (ZuoraAuthenticationException | IOException e) {
            throw new ApiFailure(
                    "POST " + tokenUrl.getPath(),
                    e instanceof ZuoraApiException api ? api.getHttpStatus() : 200, null,
                    "the token endpoint did not issue a token for the configured clientId and clientSecret"
                                                                                          + (e instanceof IOException
                                                                                                  ? " (" + e.getMessage() + ")"
                                                                                                  : ""),
                    e instanceof ZuoraApiException api ? api.getRequestId() : null, null, false, null, e)
                    .authenticationException();
        } catch (ZuoraApiException e) {
            if (e.getHttpStatus() == 400) {
                throw new ApiFailure(
                        "POST " + tokenUrl.getPath(), 400,
                        e.getZuoraCode(), "the token endpoint refused the configured clientId and clientSecret",
                        e.getRequestId(), null, false, null, e).authenticationException();
            }
            throw e;
        }
    }

    /** {@code expires_in}, kept within the documented range. */
    private Duration life(JsonNode expiresIn) {
        double seconds = expiresIn == null ? Double.NaN : expiresIn.isNumber() ? expiresIn.asDouble()
                : expiresIn.isTextual() ? expiresIn.asDouble(Double.NaN) : Double.NaN;
        if (Double.isNaN(seconds)) {
            if (expiresIn != null && !expiresIn.isNull()) {
                LOG.warn("The token endpoint {} answered expires_in {}, not a number of seconds; the token is renewed"
                         + " as if it said {} s",
                        tokenUrl, InputChecks.show(expiresIn.toString()), DEFAULT_LIFE_SECONDS);
            }
            return Duration.ofSeconds(DEFAULT_LIFE_SECONDS);
        }
        long kept = (long) Math.max(MIN_LIFE_SECONDS, Math.min(MAX_LIFE_SECONDS, seconds));
        if (kept != seconds) {
            LOG.warn("The token endpoint {} answered expires_in {}; read as {} s (the range is {} s to {} s)", tokenUrl,
                    InputChecks.show(expiresIn.toString()), kept, MIN_LIFE_SECONDS, MAX_LIFE_SECONDS);
        }
        return Duration.ofSeconds(kept);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "OAuthTokenCache[" + tokenUrl + "]";
    }
}
