package io.camelzuora.jobs;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
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
    @UriParam(label = "consumer")
    private Object jobIds;
    @UriParam(label = "consumer", defaultValue = "false")
    private boolean emitHistory;
    @UriParam(label = "consumer")
    private String statusFilter;
    @UriParam(label = "consumer")
    private String objectFilter;
    @UriParam(label = "consumer")
    private String operationFilter;
    @UriParam(label = "consumer", defaultValue = "false")
    private boolean includeErrors;
    @UriParam(label = "consumer", defaultValue = "0", javaType = "java.time.Duration")
    private long jobTimeout;
    @UriParam(label = "consumer")
    @Metadata(autowired = false)
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer", defaultValue = "0")
    private int maxMessagesPerPoll;
    @UriParam(label = "consumer,advanced", defaultValue = "25")
    private int discoveryPageSize = 25;
    @UriParam(label = "consumer,advanced", defaultValue = "10")
    private int discoveryMaxPages = 10;
    @UriParam(label = "consumer,advanced", defaultValue = "3600000", javaType = "java.time.Duration")
    private long discoveryReconcileInterval = 3_600_000;
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

    public Object getJobIds() {
        return jobIds;
    }

    /**
     * The jobs to watch (`zuora-jobs:watch`): comma-separated job ids (UUIDs), or a reference `#bean` to a
     * `Collection<String>` of ids or a `Supplier<Collection<String>>`, which is read again on every poll so ids can be
     * added while the route runs. Ids are checked when the route starts. For more than a few hundred ids use a bean:
     * Camel processes long endpoint URIs slowly. Without `jobIds` the watch discovers every job of the tenant.
     */
    public void setJobIds(Object jobIds) {
        this.jobIds = jobIds;
    }

    public boolean isEmitHistory() {
        return emitHistory;
    }

    /**
     * Discovery only: when the watch starts for the first time (nothing stored yet), also emit every job that has
     * already finished, once. By default those are the baseline and only jobs still running are emitted. With `true`
     * the first poll pages through the tenant's whole job history.
     */
    public void setEmitHistory(boolean emitHistory) {
        this.emitHistory = emitHistory;
    }

    public String getStatusFilter() {
        return statusFilter;
    }

    /**
     * Emit only changes to these statuses, comma-separated (e.g. `completed,failed`). Changes to other statuses are not
     * emitted but are still recorded, so the `CamelZuoraJobPreviousStatus` of the next exchange is the status the job
     * really had.
     */
    public void setStatusFilter(String statusFilter) {
        this.statusFilter = statusFilter;
    }

    public String getObjectFilter() {
        return objectFilter;
    }

    /** Watch only jobs on these custom objects, comma-separated API names (e.g. `passenger`). */
    public void setObjectFilter(String objectFilter) {
        this.objectFilter = objectFilter;
    }

    public String getOperationFilter() {
        return operationFilter;
    }

    /** Watch only jobs with these operations, comma-separated: `create`, `update`, `delete`. */
    public void setOperationFilter(String operationFilter) {
        this.operationFilter = operationFilter;
    }

    public boolean isIncludeErrors() {
        return includeErrors;
    }

    /**
     * When a job becomes `failed` or `completed`, fetch its row errors (one more request) and attach them as header
     * `CamelZuoraJobErrors`, a list of `JobRowError` (empty when every row succeeded).
     */
    public void setIncludeErrors(boolean includeErrors) {
        this.includeErrors = includeErrors;
    }

    public long getJobTimeout() {
        return jobTimeout;
    }

    /**
     * A job still not terminal this long after the watch first saw it emits one extra exchange with header
     * `CamelZuoraJobTimedOut=true` (and its current status). The job stays watched. Off (0) by default.
     */
    public void setJobTimeout(long jobTimeout) {
        this.jobTimeout = jobTimeout;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /**
     * Where the watch remembers the last status it delivered for each job (and, in discovery mode, how far it has
     * read the job list), e.g. a `FileStateRepository`, so a restart emits neither a change twice nor misses one that
     * happened while the route was down. The consumer starts and stops it. Use one repository per watch endpoint. By
     * default the state is kept in memory and a restart emits every watched job's current status again.
     */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    /**
     * The most exchanges one poll emits; the other changes are emitted by the next polls. 0 (the default) means no
     * limit.
     */
    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public int getDiscoveryPageSize() {
        return discoveryPageSize;
    }

    /**
     * Discovery only: how many jobs each request for the job list asks for (1 to 100). On a quiet tenant a poll reads
     * one page; a larger page costs fewer requests when many jobs are submitted between two polls.
     */
    public void setDiscoveryPageSize(int discoveryPageSize) {
        this.discoveryPageSize = discoveryPageSize;
    }

    public int getDiscoveryMaxPages() {
        return discoveryMaxPages;
    }

    /**
     * Discovery only: the most pages of the job list one poll reads to get back to the newest job it saw before. It
     * bounds the cost of a poll when the list does not contain that job any more; running jobs beyond the bound are
     * found by the next reconciliation.
     */
    public void setDiscoveryMaxPages(int discoveryMaxPages) {
        this.discoveryMaxPages = discoveryMaxPages;
    }

    public long getDiscoveryReconcileInterval() {
        return discoveryReconcileInterval;
    }

    /**
     * Discovery only: how often the watch also lists the jobs in each non-terminal status (one status per poll, so one
     * extra request per poll for three polls) to find running jobs the scan of the newest jobs missed, in case Zuora's
     * list order ever does not hold. 0 turns it off.
     */
    public void setDiscoveryReconcileInterval(long discoveryReconcileInterval) {
        this.discoveryReconcileInterval = discoveryReconcileInterval;
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
