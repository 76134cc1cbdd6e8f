package io.camelzuora.jobs;

import io.camelzuora.jobs.model.JobAction;
import io.camelzuora.jobs.model.JobNamespace;
import io.camelzuora.jobs.model.JobStatus;
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
    @UriParam(label = "consumer", defaultValue = "4")
    private int fetchConcurrency = 4;
    @UriParam(label = "consumer")
    private WatchedJobIds jobIds;
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
    @UriParam(label = "consumer,advanced", defaultValue = "5000", javaType = "java.time.Duration")
    private long electionCheckInterval = 5000;
    @UriParam(label = "producer")
    private String object;
    @UriParam(label = "producer", defaultValue = "default", enums = "default,com_zuora")
    private JobNamespace namespace = JobNamespace.DEFAULT;
    @UriParam(label = "producer", enums = "create,update,delete")
    private JobAction jobOperation;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean gzipUpload;
    @UriParam(label = "producer")
    private Integer pageSize;
    @UriParam(label = "producer")
    private String cursor;
    @UriParam(label = "producer", enums = "accepted,pending,in_progress,completed,failed,cancelled")
    private JobStatus status;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean allPages;
    @UriParam(label = "producer", defaultValue = "5000", javaType = "java.time.Duration")
    private long awaitInterval = 5_000;
    @UriParam(label = "producer", defaultValue = "60000", javaType = "java.time.Duration")
    private long awaitMaxInterval = 60_000;
    @UriParam(label = "producer", defaultValue = "3600000", javaType = "java.time.Duration")
    private long awaitTimeout = 3_600_000;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean failOnJobFailure;
    @UriParam(label = "producer,advanced", defaultValue = "2")
    private int awaitPoolSize = 2;
    @UriParam(label = "producer", defaultValue = "15728640")
    private int partSize = 15 * 1024 * 1024;
    @UriParam(label = "producer", defaultValue = "5")
    private int maxConcurrentJobs = 5;
    @UriParam(label = "producer", defaultValue = "86400000", javaType = "java.time.Duration")
    private long loadTimeout = 86_400_000;
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
    @UriParam(label = "advanced", defaultValue = "300000", javaType = "java.time.Duration")
    private long maxRetryAfter = 300_000;
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

    /**
     * The OAuth token endpoint; by default the `baseUrl` followed by `/oauth/token`, which is right for every Zuora
     * host.
     */
    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public String getZuoraVersion() {
        return zuoraVersion;
    }

    /**
     * The `Zuora-Version` header, a date `YYYY-MM-DD` that selects the response schema. Not sent when unset, so Zuora's
     * default applies.
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
     * characters, and no colon, semicolon, double quote or single quote. The header `CamelZuoraTrackId` overrides it
     * per message.
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

    public WatchedJobIds getJobIds() {
        return jobIds;
    }

    /**
     * The jobs to watch (`zuora-jobs:watch`): comma-separated job ids (UUIDs), or a reference `#bean` to a `Collection`
     * of id strings or a `Supplier` of one, which is read again on every poll so ids can be added while the route runs.
     * Ids are checked when the route starts. For more than a few hundred ids use a bean: Camel processes long endpoint
     * URIs slowly. Without `jobIds` the watch discovers every job of the tenant.
     */
    public void setJobIds(WatchedJobIds jobIds) {
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
     * Where the watch remembers the last status it delivered for each job (and, in discovery mode, how far it has read
     * the job list), so a restart emits neither a change twice nor misses one that happened while the route was down.
     * Use the component's `io.camelzuora.jobs.state.AtomicFileStateRepository`: a crash cannot leave its file corrupt,
     * which Camel's `FileStateRepository` does not promise. On several nodes under `master:`, use
     * `io.camelzuora.jobs.state.JdbcStateRepository` over the application's database: it refuses the writes of a node
     * that was deposed. The consumer starts and stops it. Use one repository per watch endpoint. By default the state
     * is kept in memory and a restart emits every watched job's current status again.
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

    public long getElectionCheckInterval() {
        return electionCheckInterval;
    }

    /**
     * A watch under `master:` only: how often each node checks that it still takes part in the leader election of the
     * master namespace, and enters it again when it has dropped out. camel-zookeeper drops out for good when its
     * ZooKeeper connection is suspended, so without this check no node would lead the watch again after the ensemble
     * lost and regained its quorum. A node that was a member and is missing on two checks in a row stops and starts its
     * view of the namespace. 0 turns the check off.
     */
    public void setElectionCheckInterval(long electionCheckInterval) {
        this.electionCheckInterval = electionCheckInterval;
    }

    public String getObject() {
        return object;
    }

    /**
     * `submitJob`: the custom object the job works on, by its API name (e.g. `passenger`). Used when the message body
     * is not itself a job request (a `SubmitJobRequest`, a `Map` or JSON text).
     */
    public void setObject(String object) {
        this.object = object;
    }

    public JobNamespace getNamespace() {
        return namespace;
    }

    /**
     * `submitJob`: the namespace of the custom object: `default` for the objects defined in your tenant, `com_zuora`
     * for Zuora's own.
     */
    public void setNamespace(JobNamespace namespace) {
        this.namespace = namespace;
    }

    public JobAction getJobOperation() {
        return jobOperation;
    }

    /**
     * `submitJob`: what the job does: `create` or `update` records from the CSV you upload next (`update` needs an `Id`
     * column), or `delete` the records that match a filter. The filter of a delete job comes from the header
     * `CamelZuoraJobFilter`: a `JobFilter`, a list of `FilterCondition`s or of maps, or JSON text in Zuora's form, an
     * object whose `conditions` list holds objects with a `field`, an `operator` and a `value` (for example
     * `CreatedDate`, `LT` and `2020-01-01T00:00:00.000Z`); 1 or 2 conditions (all must match), operators `EQ`, `GT`,
     * `LT`, `GE`, `LE`. Without a filter a delete job deletes every record of the object. The request is checked before
     * it is sent; a bad value fails the exchange with a message naming it.
     */
    public void setJobOperation(JobAction jobOperation) {
        this.jobOperation = jobOperation;
    }

    public boolean isGzipUpload() {
        return gzipUpload;
    }

    /**
     * `uploadFile`: send the CSV gzipped (`Content-Encoding: gzip`), compressed as it streams. Saves bandwidth for
     * large files; the 15 MB limit applies to the file before compression.
     *
     * `uploadFile` sends the body (a file from the file component, `File`, `Path`, `InputStream`, bytes, or `String`
     * sent as UTF-8) as it reads it, never holding it whole. Before sending it refuses, with `InvalidCsvException`, a
     * body whose size is known (all but streams) and over 15 MB or zero, and a body whose first 64 KB are not
     * well-formed UTF-8 (Latin-1 accents, a UTF-16 byte order mark, broken or overlong sequences). While sending it
     * counts and decode-checks every byte and aborts the upload at the first byte past 15 MB or the first character
     * that is not UTF-8, so Zuora never receives a complete file it would refuse (the job stays `pending`). It cannot
     * tell a wrong but valid encoding (e.g. a pure-ASCII file meant as something else), nor check the CSV's columns:
     * Zuora does. An upload from a stream is sent once and not retried; the others are retried like any call. Note that
     * with Camel's stream caching on, a stream body is read into the cache when it enters the route: send large files
     * as a `File` or `Path`.
     */
    public void setGzipUpload(boolean gzipUpload) {
        this.gzipUpload = gzipUpload;
    }

    public Integer getPageSize() {
        return pageSize;
    }

    /**
     * `listJobs`: jobs per page, 1 to 100 (Zuora's default is 25). The header `CamelZuoraPageSize` overrides it. With
     * `allPages` it is the size of each request; use 100 to make the fewest requests.
     */
    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }

    public String getCursor() {
        return cursor;
    }

    /**
     * `listJobs`: start after this job (the `CamelZuoraNextCursor` of the previous page, which is a job id). The header
     * `CamelZuoraCursor` overrides it. Without it the list starts at the newest job.
     */
    public void setCursor(String cursor) {
        this.cursor = cursor;
    }

    public JobStatus getStatus() {
        return status;
    }

    /**
     * `listJobs`: list only jobs in this status (`accepted`, `pending`, `in_progress`, `completed`, `failed`,
     * `cancelled`). The header `CamelZuoraStatus` overrides it.
     */
    public void setStatus(JobStatus status) {
        this.status = status;
    }

    public boolean isAllPages() {
        return allPages;
    }

    /**
     * `listJobs`: instead of one page as a `List`, return an `Iterator` over all jobs that fetches each page only when
     * the previous one is used up, so `split(body()).streaming()` walks any number of jobs holding one page at a time.
     * The iteration stops at the last page and fails (rather than loop) if Zuora ever repeats a cursor.
     */
    public void setAllPages(boolean allPages) {
        this.allPages = allPages;
    }

    public long getAwaitInterval() {
        return awaitInterval;
    }

    /**
     * `awaitJob`: how long to wait before polling the job again at first. Each later wait is a quarter longer than the
     * one before (5 s, 6.25 s, 7.8 s, ...), up to `awaitMaxInterval`, so a long job is polled less often. No thread
     * waits in between: the exchange continues when the job is terminal.
     */
    public void setAwaitInterval(long awaitInterval) {
        this.awaitInterval = awaitInterval;
    }

    public long getAwaitMaxInterval() {
        return awaitMaxInterval;
    }

    /** `awaitJob`: the longest wait between two polls of a job. */
    public void setAwaitMaxInterval(long awaitMaxInterval) {
        this.awaitMaxInterval = awaitMaxInterval;
    }

    public long getAwaitTimeout() {
        return awaitTimeout;
    }

    /**
     * `awaitJob`: how long to wait for the job to become terminal. Past it the exchange fails with
     * `ZuoraJobTimeoutException`, which carries the job as last seen; the job itself is left alone (not cancelled, not
     * submitted again), so a later `awaitJob` or `getJob` can pick it up.
     */
    public void setAwaitTimeout(long awaitTimeout) {
        this.awaitTimeout = awaitTimeout;
    }

    public boolean isFailOnJobFailure() {
        return failOnJobFailure;
    }

    /**
     * `awaitJob`: when the job ends `failed` or `cancelled`, fail the exchange with `ZuoraJobFailedException`, which
     * carries the job and the failed rows of its CSV (fetched from the errors endpoint). When false (the default) the
     * final job is the body whatever its status, and `CamelZuoraJobStatus` says how it ended.
     */
    public void setFailOnJobFailure(boolean failOnJobFailure) {
        this.failOnJobFailure = failOnJobFailure;
    }

    public int getAwaitPoolSize() {
        return awaitPoolSize;
    }

    /**
     * `awaitJob`: the threads of the producer's scheduler that poll awaited jobs. A thread is busy only for one HTTP
     * call per poll, so a couple of threads serve hundreds of awaited jobs.
     */
    public void setAwaitPoolSize(int awaitPoolSize) {
        this.awaitPoolSize = awaitPoolSize;
    }

    public int getPartSize() {
        return partSize;
    }

    /**
     * `load`: the most bytes of CSV per part, and so per job, header included: 64 bytes to 15 MB (15728640, Zuora's
     * limit per job file, and the default). Parts end at record boundaries and each repeats the header row. Smaller
     * parts give more jobs, each done sooner; Zuora's limit of open jobs per tenant makes few large parts the fastest.
     */
    public void setPartSize(int partSize) {
        this.partSize = partSize;
    }

    public int getMaxConcurrentJobs() {
        return maxConcurrentJobs;
    }

    /**
     * `load`: the most jobs the loads of this component keep open (accepted, pending or in progress) at once, over all
     * its load endpoints together: 1 to 100. Zuora allows 5 open jobs per tenant, shared with every other integration
     * on it; set less than 5 to leave some to them. A submit Zuora refuses for its limit is not a failure: the part
     * waits and is submitted again, until `loadTimeout`.
     */
    public void setMaxConcurrentJobs(int maxConcurrentJobs) {
        this.maxConcurrentJobs = maxConcurrentJobs;
    }

    public long getLoadTimeout() {
        return loadTimeout;
    }

    /**
     * `load`: how long a whole load may take, waiting for free jobs included. Past it the load stops with
     * `ZuoraLoadAbortedException`: its jobs still accepted or pending are cancelled, those in progress are left to
     * finish. Default 24 hours, the time Zuora remembers idempotency keys, so a load can be resumed within it.
     */
    public void setLoadTimeout(long loadTimeout) {
        this.loadTimeout = loadTimeout;
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
     * How long one attempt of a call may take as a whole, from waiting for a pooled connection to reading the last byte
     * of the response, before it is treated as failed (and retried when that is safe); a response trickled slowly fails
     * too. Zuora itself ends requests after 120 seconds. It also bounds each request to the token endpoint.
     */
    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /**
     * How many times a call is retried after a retryable failure: 429 and 503 (after the `Retry-After` Zuora asks for),
     * other 5xx, Zuora's retryable error codes, connection failures and timeouts. 400, 403, 404, 409 and 422 are never
     * retried. GET calls are always safe to retry; POST and PATCH only with an `Idempotency-Key`. 0 turns retries off.
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
     * The longest wait between two attempts of a call. When Zuora's `Retry-After` asks for more, the call fails at once
     * with `ZuoraRateLimitException` instead of holding the thread.
     */
    public void setMaxRetryDelay(long maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public long getMaxRetryAfter() {
        return maxRetryAfter;
    }

    /**
     * The longest wait taken from Zuora's answers: a `Retry-After`, or a `RateLimit-Reset` once `RateLimit-Remaining`
     * is nearly used up. A longer value (a misbehaving proxy can send years) is cut to this and logged at WARN with the
     * value received. While such a wait is in force, no request is sent, and the health checks and the dev console show
     * until when; restarting the route starts without it.
     */
    public void setMaxRetryAfter(long maxRetryAfter) {
        this.maxRetryAfter = maxRetryAfter;
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

    public int getFetchConcurrency() {
        return fetchConcurrency;
    }

    /**
     * `watch`: how many jobs a poll fetches at the same time (with `jobIds`, and the watched jobs of a discovery). A
     * round trip to Zuora takes tens of milliseconds, so fetching a thousand jobs one after another would stretch a
     * poll to about a minute; a few calls in flight keep it short. It does not change how many requests a poll sends,
     * and `maxRequestsPerMinute` still applies. 1 fetches one job after another on the polling thread.
     */
    public void setFetchConcurrency(int fetchConcurrency) {
        this.fetchConcurrency = fetchConcurrency;
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
