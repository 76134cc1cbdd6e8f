package io.camelzuora.jobs;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options of the {@code zuora-jobs} component. Set on the component they are the defaults of every endpoint; an
 * endpoint URI overrides them one by one.
 */
@UriParams
public class ZuoraJobsConfiguration implements Cloneable {

    @UriParam(defaultValue = "https://rest.zuora.com")
    private String baseUrl = "https://rest.zuora.com";
    @UriParam(label = "security", security = "secret")
    private String accessToken;
    @UriParam(label = "security", security = "secret")
    private String clientId;
    @UriParam(label = "security", security = "secret")
    private String clientSecret;
    @UriParam(label = "security")
    private String tokenUrl;
    @UriParam
    private String zuoraVersion;
    @UriParam(label = "advanced")
    private String entityIds;
    @UriParam(label = "advanced")
    private String orgIds;
    @UriParam
    private String trackId;
    @UriParam(label = "producer")
    private String jobId;
    @UriParam(defaultValue = "true")
    private boolean gzip = true;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration")
    private long connectTimeout = 10_000;
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration")
    private long requestTimeout = 60_000;
    @UriParam(defaultValue = "3")
    private int maxRetries = 3;
    @UriParam(label = "advanced", defaultValue = "500", javaType = "java.time.Duration")
    private long retryDelay = 500;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration")
    private long maxRetryDelay = 30_000;
    @UriParam(label = "advanced", defaultValue = "33554432")
    private long maxResponseSize = 32L * 1024 * 1024;
    @UriParam(label = "advanced", defaultValue = "20")
    private int maxConnections = 20;
    @UriParam(label = "security")
    @Metadata(autowired = false)
    private SSLContextParameters sslContextParameters;
    @UriParam(label = "security", defaultValue = "false")
    private boolean allowInsecureHttp;

    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * The Zuora REST host, without a path: `https://rest.zuora.com` (US production, Cloud 2),
     * `https://rest.na.zuora.com` (US Cloud 1), `https://rest.apisandbox.zuora.com` (US API sandbox),
     * `https://rest.test.zuora.com` (developer and central sandbox), `https://rest.eu.zuora.com` (EU),
     * `https://rest.ap.zuora.com` (APAC), and the other hosts Zuora lists.
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getAccessToken() {
        return accessToken;
    }

    /**
     * A bearer token to send as it is. It cannot be renewed, so a 401 fails the call; prefer `clientId` and
     * `clientSecret`, which fetch and renew tokens for you.
     */
    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getClientId() {
        return clientId;
    }

    /**
     * The OAuth client id of a Zuora API user (Settings, Administration, Manage Users, OAuth clients). With
     * `clientSecret`, the component fetches a token, shares it between all endpoints with the same credentials and
     * renews it shortly before it expires.
     */
    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** The OAuth client secret that goes with `clientId`. */
    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    /** The OAuth token endpoint; by default the `baseUrl` followed by `/oauth/token`, which is right for every Zuora host. */
    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public String getZuoraVersion() {
        return zuoraVersion;
    }

    /**
     * The `Zuora-Version` header, a date `YYYY-MM-DD` that selects the response schema. Not sent when unset, so
     * Zuora's default applies.
     */
    public void setZuoraVersion(String zuoraVersion) {
        this.zuoraVersion = zuoraVersion;
    }

    public String getEntityIds() {
        return entityIds;
    }

    /** The `Zuora-Entity-Ids` header: the entity to act in, for Multi-entity tenants only. */
    public void setEntityIds(String entityIds) {
        this.entityIds = entityIds;
    }

    public String getOrgIds() {
        return orgIds;
    }

    /** The `Zuora-Org-Ids` header: comma-separated org ids, for Multi-Org tenants only. */
    public void setOrgIds(String orgIds) {
        this.orgIds = orgIds;
    }

    public String getTrackId() {
        return trackId;
    }

    /**
     * A `Zuora-Track-Id` sent with every call, to find the calls in Zuora's logs: at most 64 printable US-ASCII
     * characters, none of `: ; " '`. The header `CamelZuoraTrackId` overrides it per message.
     */
    public void setTrackId(String trackId) {
        this.trackId = trackId;
    }

    public String getJobId() {
        return jobId;
    }

    /** The job id (a UUID) to use when the message has no `CamelZuoraJobId` header. */
    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    public boolean isGzip() {
        return gzip;
    }

    /**
     * Send `Accept-Encoding: gzip` so Zuora compresses responses over 1000 bytes; they are inflated for you (within
     * `maxResponseSize`).
     */
    public void setGzip(boolean gzip) {
        this.gzip = gzip;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /** How long to wait for a connection to Zuora. */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    /**
     * How long to wait for Zuora's response to a call before treating it as failed (and retrying it when that is
     * safe). Zuora itself ends requests after 120 seconds.
     */
    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /**
     * How many times a call is retried after a retryable failure: 429 and 503 (after the `Retry-After` Zuora asks
     * for), other 5xx, Zuora's retryable error codes, connection failures and timeouts. 400, 403, 404, 409 and 422 are
     * never retried. GET calls are always safe to retry; POST and PATCH only with an `Idempotency-Key`. 0 turns
     * retries off.
     */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryDelay() {
        return retryDelay;
    }

    /**
     * The backoff before the first retry when Zuora sent no `Retry-After`; it doubles with each retry (up to
     * `maxRetryDelay`), and each wait is a random part of it (full jitter) so that many clients do not retry in step.
     */
    public void setRetryDelay(long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public long getMaxRetryDelay() {
        return maxRetryDelay;
    }

    /**
     * The longest wait between two attempts of a call. When Zuora's `Retry-After` asks for more, the call fails at
     * once with `ZuoraRateLimitException` instead of holding the thread.
     */
    public void setMaxRetryDelay(long maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    /**
     * The largest response body, in bytes after inflating, that is read. A larger one (a misbehaving proxy, a gzip
     * bomb) fails the call instead of filling the heap.
     */
    public void setMaxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    /** The size of the component's HTTP connection pool (kept alive and shared by all endpoints). */
    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /** TLS settings (trust store, protocols, cipher suites) for the connections to Zuora. */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public boolean isAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    /**
     * Allow a plain `http://` `baseUrl` or `tokenUrl` to a host other than localhost. Off by default, so that an access
     * token can never leave the machine unencrypted by accident; only for a trusted network, e.g. a TLS-terminating
     * sidecar.
     */
    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    /** A copy for an endpoint, so its URI options do not change the component's defaults. */
    public ZuoraJobsConfiguration copy() {
        try {
            return (ZuoraJobsConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    @Override
    public String toString() {
        return "ZuoraJobsConfiguration[baseUrl=" + baseUrl + ", auth="
               + (accessToken != null ? "accessToken" : clientId != null ? "clientCredentials" : "none") + "]";
    }
}
