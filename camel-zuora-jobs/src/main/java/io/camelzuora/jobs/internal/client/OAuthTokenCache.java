package io.camelzuora.jobs.internal.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.exception.ZuoraAuthenticationException;

/**
 * OAuth 2.0 client-credentials tokens, fetched from Zuora's token endpoint and shared by every caller with the same
 * credentials. Zuora rate-limits the token endpoint per IP and tenant, so a token is fetched once and reused: it is
 * renewed shortly before {@code expires_in} runs out (a tenth of its life, at most a minute early), exactly one thread
 * fetches while the others wait for its result, and a 401 renews it only if no other thread already did.
 */
public final class OAuthTokenCache implements AccessTokenSource {

    private static final Logger LOG = LoggerFactory.getLogger(OAuthTokenCache.class);
    private static final Duration MAX_EARLY_REFRESH = Duration.ofMinutes(1);

    private final CallExecutor executor;
    private final URI tokenUrl;
    private final String form;
    private final Clock clock;
    private final Object fetchLock = new Object();
    private volatile CachedToken current;
    private volatile long fetches;

    private record CachedToken(String token, Instant refreshAt, Instant expiresAt) {
        @Override
        public String toString() {
            return "CachedToken[***, expires " + expiresAt + "]";
        }
    }

    /**
     * @param transport       sends the token request
     * @param tokenUrl        the token endpoint, e.g. {@code https://rest.zuora.com/oauth/token}
     * @param clientId        the OAuth client id
     * @param clientSecret    the OAuth client secret
     * @param retryPolicy     retries for 5xx, 429 and connection failures of the token endpoint
     * @param responseTimeout how long to wait for the token endpoint
     * @param clock           decides when a token is due for renewal
     */
    public OAuthTokenCache(HttpTransport transport, URI tokenUrl, String clientId, String clientSecret,
                           RetryPolicy retryPolicy, Duration responseTimeout, Clock clock) {
        this.executor = new CallExecutor(transport, retryPolicy, responseTimeout, 64 * 1024, new LongAdder(), null);
        this.tokenUrl = tokenUrl;
        this.form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                    + encode(clientSecret);
        this.clock = clock;
    }

    @Override
    public String token() {
        CachedToken token = current;
        if (token != null && clock.instant().isBefore(token.refreshAt())) {
            return token.token();
        }
        synchronized (fetchLock) {
            token = current;
            Instant now = clock.instant();
            if (token != null && now.isBefore(token.refreshAt())) {
                return token.token();
            }
            try {
                current = fetch();
            } catch (ZuoraApiException failed) {
                if (token != null && now.isBefore(token.expiresAt())) {
                    LOG.warn("Renewing the Zuora access token failed ({}); the current token stays in use until it expires",
                            failed.getMessage());
                    return token.token();
                }
                throw failed;
            }
            return current.token();
        }
    }

    @Override
    public boolean renew(String rejectedToken) {
        synchronized (fetchLock) {
            CachedToken token = current;
            if (token != null && token.token().equals(rejectedToken)) {
                current = null;
            }
        }
        return true;
    }

    /** How many tokens this cache has fetched. */
    public long fetchCount() {
        return fetches;
    }

    private CachedToken fetch() {
        ApiRequest request = new ApiRequest("POST", tokenUrl, Map.of("Accept", "application/json"),
                () -> new StringEntity(form, ContentType.APPLICATION_FORM_URLENCODED), null, null, true,
                "POST " + tokenUrl.getPath());
        try {
            ZuoraResponse<JsonNode> response = executor.execute(request, null, BodyReader.json(JsonNode.class));
            JsonNode body = response.body();
            String token = body.path("access_token").asText(null);
            if (token == null || token.isBlank()) {
                throw new IOException("the token response has no access_token");
            }
            long expiresIn = body.path("expires_in").asLong(3600);
            Instant now = clock.instant();
            Duration life = Duration.ofSeconds(Math.max(1, expiresIn));
            Duration early = life.dividedBy(10);
            if (early.compareTo(MAX_EARLY_REFRESH) > 0) {
                early = MAX_EARLY_REFRESH;
            }
            fetches++;
            LOG.debug("Fetched a Zuora access token from {} valid for {} s [Zuora-Request-Id: {}]", tokenUrl, expiresIn,
                    response.requestId());
            return new CachedToken(token, now.plus(life).minus(early), now.plus(life));
        } catch (ZuoraAuthenticationException | IOException e) {
            throw new ApiFailure("POST " + tokenUrl.getPath(),
                    e instanceof ZuoraApiException api ? api.getHttpStatus() : 200, null,
                    "the token endpoint did not issue a token for the configured clientId and clientSecret"
                                                          + (e instanceof IOException ? " (" + e.getMessage() + ")" : ""),
                    e instanceof ZuoraApiException api ? api.getRequestId() : null, null, false, null, e)
                    .authenticationException();
        } catch (ZuoraApiException e) {
            if (e.getHttpStatus() == 400) {
                throw new ApiFailure("POST " + tokenUrl.getPath(), 400,
                        e.getZuoraCode(), "the token endpoint refused the configured clientId and clientSecret",
                        e.getRequestId(), null, false, null, e).authenticationException();
            }
            throw e;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "OAuthTokenCache[" + tokenUrl + "]";
    }
}
