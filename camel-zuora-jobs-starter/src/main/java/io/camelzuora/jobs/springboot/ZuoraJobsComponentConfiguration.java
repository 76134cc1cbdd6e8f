package io.camelzuora.jobs.springboot;

import java.time.Duration;

import io.camelzuora.jobs.ZuoraJobsConfiguration;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code camel.component.zuora-jobs.*} properties: every option of the zuora-jobs component. An unset property
 * leaves the component's own default (and a {@code configuration} bean's value) alone, so the fields have no
 * initial values; the defaults IDEs show come from the configuration metadata.
 */
@ConfigurationProperties(prefix = "camel.component.zuora-jobs")
public class ZuoraJobsComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * The Zuora REST host, without a path: https://rest.zuora.com (US production, Cloud 2),
     * https://rest.na.zuora.com (US Cloud 1), https://rest.apisandbox.zuora.com (US API sandbox),
     * https://rest.test.zuora.com (developer and central sandbox), https://rest.eu.zuora.com (EU),
     * https://rest.ap.zuora.com (APAC), and the other hosts Zuora lists.
     */
    private String baseUrl;

    /**
     * A whole ZuoraJobsConfiguration bean (#name) that every endpoint starts from, instead of the options one
     * by one.
     */
    private ZuoraJobsConfiguration configuration;

    /**
     * Send Accept-Encoding: gzip so Zuora compresses responses over 1000 bytes; they are inflated for you
     * (within maxResponseSize).
     */
    private Boolean gzip;

    /**
     * The job id (a UUID) to use when the message has no CamelZuoraJobId header.
     */
    private String jobId;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to
     * allow CamelContext and routes to startup in situations where a producer may otherwise fail during
     * starting and cause the route to fail being started. By deferring this startup to be lazy then the startup
     * failure can be handled during routing messages via Camel's routing error handlers. Beware that when the
     * first message is processed then creating and starting the producer may take a little time and prolong the
     * total processing time of the processing.
     */
    private Boolean lazyStartProducer;

    /**
     * How many times a call is retried after a retryable failure: 429 and 503 (after the Retry-After Zuora asks
     * for), other 5xx, Zuora's retryable error codes, connection failures and timeouts. 400, 403, 404, 409 and
     * 422 are never retried. GET calls are always safe to retry; POST and PATCH only with an Idempotency-Key. 0
     * turns retries off.
     */
    private Integer maxRetries;

    /**
     * A Zuora-Track-Id sent with every call, to find the calls in Zuora's logs: at most 64 printable US-ASCII
     * characters, none of : ; '. The header CamelZuoraTrackId overrides it per message.
     */
    private String trackId;

    /**
     * The Zuora-Version header, a date YYYY-MM-DD that selects the response schema. Not sent when unset, so
     * Zuora's default applies.
     */
    private String zuoraVersion;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked
     * as autowired) by looking up in the registry to find if there is a single instance of matching type, which
     * then gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS
     * connection factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled;

    /**
     * How long to wait for a connection to Zuora.
     */
    private Duration connectTimeout;

    /**
     * The Zuora-Entity-Ids header: the entity to act in, for Multi-entity tenants only.
     */
    private String entityIds;

    /**
     * The size of the component's HTTP connection pool (kept alive and shared by all endpoints).
     */
    private Integer maxConnections;

    /**
     * The largest response body, in bytes after inflating, that is read. A larger one (a misbehaving proxy, a
     * gzip bomb) fails the call instead of filling the heap.
     */
    private Long maxResponseSize;

    /**
     * The longest wait between two attempts of a call. When Zuora's Retry-After asks for more, the call fails
     * at once with ZuoraRateLimitException instead of holding the thread.
     */
    private Duration maxRetryDelay;

    /**
     * The longest wait taken from Zuora's answers: a Retry-After, or a RateLimit-Reset once RateLimit-Remaining is
     * nearly used up. A longer value (a misbehaving proxy can send years) is cut to this and logged at WARN with the
     * value received. While such a wait is in force, no request is sent, and the health checks and the dev console
     * show until when; restarting the route starts without it.
     */
    private Duration maxRetryAfter;

    /**
     * The Zuora-Org-Ids header: comma-separated org ids, for Multi-Org tenants only.
     */
    private String orgIds;

    /**
     * How long one attempt of a call may take as a whole, from waiting for a pooled connection to reading the last
     * byte of the response, before it is treated as failed (and retried when that is safe); a response trickled
     * slowly fails too. Zuora itself ends requests after 120 seconds. It also bounds each request to the token
     * endpoint.
     */
    private Duration requestTimeout;

    /**
     * The backoff before the first retry when Zuora sent no Retry-After; it doubles with each retry (up to
     * maxRetryDelay), and each wait is a random part of it (full jitter) so that many clients do not retry in
     * step.
     */
    private Duration retryDelay;

    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled;

    /**
     * A bearer token to send as it is. It cannot be renewed, so a 401 fails the call; prefer clientId and
     * clientSecret, which fetch and renew tokens for you.
     */
    private String accessToken;

    /**
     * The OAuth client id of a Zuora API user (Settings, Administration, Manage Users, OAuth clients). With
     * clientSecret, the component fetches a token, shares it between all endpoints with the same credentials
     * and renews it shortly before it expires.
     */
    private String clientId;

    /**
     * The OAuth client secret that goes with clientId.
     */
    private String clientSecret;

    /**
     * TLS settings (trust store, protocols, cipher suites) for the connections to Zuora. Reference a bean:
     * #name.
     */
    private SSLContextParameters sslContextParameters;

    /**
     * The OAuth token endpoint; by default the baseUrl followed by /oauth/token, which is right for every Zuora
     * host.
     */
    private String tokenUrl;

    /**
     * Use the global SSL context parameters of the Camel context when an endpoint has none of its own.
     */
    private Boolean useGlobalSslContextParameters;

    /**
     * A client-side budget of requests per minute for all endpoints of this component together, so an
     * application stays inside its share of the tenant's rate limit (Zuora counts every request of every
     * integration, failed ones included). Requests beyond it wait their turn; one that would wait longer than
     * maxRetryDelay fails at once with ZuoraRateLimitException. 0 (the default) sets no budget; independently
     * of it, when Zuora's RateLimit-Remaining falls to 1 % of the per-minute limit, requests wait for
     * RateLimit-Reset.
     */
    private Integer maxRequestsPerMinute;

    /**
     * Allow a plain http:// baseUrl or tokenUrl to a host other than localhost. Off by default, so that an
     * access token can never leave the machine unencrypted by accident; only for a trusted network, e.g. a TLS-
     * terminating sidecar.
     */
    private Boolean allowInsecureHttp;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if
     * possible) occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now
     * be processed as a message and handled by the routing Error Handler. Important: This is only possible if
     * the 3rd party component allows Camel to be alerted if an exception was thrown. Some components handle
     * this internally only, and therefore bridgeErrorHandler is not possible. In other situations we may
     * improve the Camel component to hook into the 3rd party component and make this possible for future
     * releases. By default the consumer will use the ExceptionHandler to deal with
     * exceptions, that will be logged at WARN or ERROR level and ignored.
     */
    private Boolean bridgeErrorHandler;

    /**
     * Discovery only: when the watch starts for the first time (nothing stored yet), also emit every job that
     * has already finished, once. By default those are the baseline and only jobs still running are emitted.
     * With true the first poll pages through the tenant's whole job history.
     */
    private Boolean emitHistory;

    /**
     * When a job becomes failed or completed, fetch its row errors (one more request) and attach them as header
     * CamelZuoraJobErrors, a list of JobRowError (empty when every row succeeded).
     */
    private Boolean includeErrors;

    /**
     * The jobs to watch (zuora-jobs:watch): comma-separated job ids (UUIDs), or a reference #bean to a
     * Collection of ids or a Supplier, which is read again on every poll so ids can be added while the route
     * runs. Ids are checked when the route starts. For more than a few hundred ids use a bean: Camel processes
     * long endpoint URIs slowly. Without jobIds the watch discovers every job of the tenant.
     */
    private String jobIds;

    /**
     * A job still not terminal this long after the watch first saw it emits one extra exchange with header
     * CamelZuoraJobTimedOut=true (and its current status). The job stays watched. Off (0) by default.
     */
    private Duration jobTimeout;

    /**
     * The most exchanges one poll emits; the other changes are emitted by the next polls. 0 (the default) means
     * no limit.
     */
    private Integer maxMessagesPerPoll;

    /**
     * Watch only jobs on these custom objects, comma-separated API names (e.g. passenger).
     */
    private String objectFilter;

    /**
     * Watch only jobs with these operations, comma-separated: create, update, delete.
     */
    private String operationFilter;

    /**
     * Where the watch remembers the last status it delivered for each job (and, in discovery mode, how far it
     * has read the job list), e.g. a FileStateRepository, so a restart emits neither a change twice nor misses
     * one that happened while the route was down. The consumer starts and stops it. Use one repository per
     * watch endpoint. By default the state is kept in memory and a restart emits every watched job's current
     * status again.
     */
    private StateRepository<String, String> stateRepository;

    /**
     * Emit only changes to these statuses, comma-separated (e.g. completed,failed). Changes to other statuses
     * are not emitted but are still recorded, so the CamelZuoraJobPreviousStatus of the next exchange is the
     * status the job really had.
     */
    private String statusFilter;

    /**
     * Discovery only: the most pages of the job list one poll reads to get back to the newest job it saw
     * before. It bounds the cost of a poll when the list does not contain that job any more; running jobs
     * beyond the bound are found by the next reconciliation.
     */
    private Integer discoveryMaxPages;

    /**
     * Discovery only: how many jobs each request for the job list asks for (1 to 100). On a quiet tenant a poll
     * reads one page; a larger page costs fewer requests when many jobs are submitted between two polls.
     */
    private Integer discoveryPageSize;

    /**
     * Discovery only: how often the watch also lists the jobs in each non-terminal status (one status per poll,
     * so one extra request per poll for three polls) to find running jobs the scan of the newest jobs missed,
     * in case Zuora's list order ever does not hold. 0 turns it off.
     */
    private Duration discoveryReconcileInterval;

    /**
     * listJobs: instead of one page as a List, return an Iterator over all jobs that fetches each page only
     * when the previous one is used up, so split(body()).streaming() walks any number of jobs holding one page
     * at a time. The iteration stops at the last page and fails (rather than loop) if Zuora ever repeats a
     * cursor.
     */
    private Boolean allPages;

    /**
     * awaitJob: how long to wait before polling the job again at first. Each later wait is a quarter longer
     * than the one before (5 s, 6.25 s, 7.8 s, ...), up to awaitMaxInterval, so a long job is polled less
     * often. No thread waits in between: the exchange continues when the job is terminal.
     */
    private Duration awaitInterval;

    /**
     * awaitJob: the longest wait between two polls of a job.
     */
    private Duration awaitMaxInterval;

    /**
     * awaitJob: how long to wait for the job to become terminal. Past it the exchange fails with
     * ZuoraJobTimeoutException, which carries the job as last seen; the job itself is left alone (not
     * cancelled, not submitted again), so a later awaitJob or getJob can pick it up.
     */
    private Duration awaitTimeout;

    /**
     * listJobs: start after this job (the CamelZuoraNextCursor of the previous page, which is a job id). The
     * header CamelZuoraCursor overrides it. Without it the list starts at the newest job.
     */
    private String cursor;

    /**
     * awaitJob: when the job ends failed or cancelled, fail the exchange with ZuoraJobFailedException, which
     * carries the job and the failed rows of its CSV (fetched from the errors endpoint). When false (the
     * default) the final job is the body whatever its status, and CamelZuoraJobStatus says how it ended.
     */
    private Boolean failOnJobFailure;

    /**
     * uploadFile: send the CSV gzipped (Content-Encoding: gzip), compressed as it streams. Saves bandwidth for
     * large files; the 15 MB limit applies to the file before compression. uploadFile sends the body (a file
     * from the file component, File, Path, InputStream, byte, or String sent as UTF-8) as it reads it, never
     * holding it whole. Before sending it refuses, with InvalidCsvException, a body whose size is known (all
     * but streams) and over 15 MB or zero, and a body whose first 64 KB are not well-formed UTF-8 (Latin-1
     * accents, a UTF-16 byte order mark, broken or overlong sequences). While sending it counts and decode-
     * checks every byte and aborts the upload at the first byte past 15 MB or the first character that is not
     * UTF-8, so Zuora never receives a complete file it would refuse (the job stays pending). It cannot tell a
     * wrong but valid encoding (e.g. a pure-ASCII file meant as something else), nor check the CSV's columns:
     * Zuora does. An upload from a stream is sent once and not retried; the others are retried like any call.
     * Note that with Camel's stream caching on, a stream body is read into the cache when it enters the route:
     * send large files as a File or Path.
     */
    private Boolean gzipUpload;

    /**
     * submitJob: what the job does: create or update records from the CSV you upload next (update needs an Id
     * column), or delete the records that match a filter. The filter of a delete job comes from the header
     * CamelZuoraJobFilter: a JobFilter, a list of FilterConditions or of maps, or JSON text such as
     * {conditions:{field:CreatedDate,operator:LT,value:2020-01-01T00:00:00.000Z}}; 1 or 2 conditions (all must
     * match), operators EQ, GT, LT, GE, LE. Without a filter a delete job deletes every record of the object.
     * The request is checked before it is sent; a bad value fails the exchange with a message naming it.
     */
    private String jobOperation;

    /**
     * submitJob: the namespace of the custom object: default for the objects defined in your tenant, com_zuora
     * for Zuora's own.
     */
    private String namespace;

    /**
     * submitJob: the custom object the job works on, by its API name (e.g. passenger). Used when the message
     * body is not itself a job request (a SubmitJobRequest, a Map or JSON text).
     */
    private String object;

    /**
     * listJobs: jobs per page, 1 to 100 (Zuora's default is 25). The header CamelZuoraPageSize overrides it.
     * With allPages it is the size of each request; use 100 to make the fewest requests.
     */
    private Integer pageSize;

    /**
     * listJobs: list only jobs in this status (accepted, pending, in_progress, completed, failed, cancelled).
     * The header CamelZuoraStatusFilter overrides it.
     */
    private String status;

    /**
     * awaitJob: the threads of the producer's scheduler that poll awaited jobs. A thread is busy only for one
     * HTTP call per poll, so a couple of threads serve hundreds of awaited jobs.
     */
    private Integer awaitPoolSize;

    /**
     * watch: how many jobs a poll fetches at the same time (with jobIds, and the watched jobs of a discovery).
     * A round trip to Zuora takes tens of milliseconds, so fetching a thousand jobs one after another would
     * stretch a poll to about a minute; a few calls in flight keep it short. It does not change how many
     * requests a poll sends, and maxRequestsPerMinute still applies. 1 fetches one job after another on the
     * polling thread.
     */
    private Integer fetchConcurrency;

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public ZuoraJobsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(ZuoraJobsConfiguration configuration) {
        this.configuration = configuration;
    }

    public Boolean getGzip() {
        return gzip;
    }

    public void setGzip(Boolean gzip) {
        this.gzip = gzip;
    }

    public String getJobId() {
        return jobId;
    }

    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public String getTrackId() {
        return trackId;
    }

    public void setTrackId(String trackId) {
        this.trackId = trackId;
    }

    public String getZuoraVersion() {
        return zuoraVersion;
    }

    public void setZuoraVersion(String zuoraVersion) {
        this.zuoraVersion = zuoraVersion;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public String getEntityIds() {
        return entityIds;
    }

    public void setEntityIds(String entityIds) {
        this.entityIds = entityIds;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(Long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public Duration getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(Duration maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public Duration getMaxRetryAfter() {
        return maxRetryAfter;
    }

    public void setMaxRetryAfter(Duration maxRetryAfter) {
        this.maxRetryAfter = maxRetryAfter;
    }

    public String getOrgIds() {
        return orgIds;
    }

    public void setOrgIds(String orgIds) {
        this.orgIds = orgIds;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public Duration getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(Duration retryDelay) {
        this.retryDelay = retryDelay;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public Integer getMaxRequestsPerMinute() {
        return maxRequestsPerMinute;
    }

    public void setMaxRequestsPerMinute(Integer maxRequestsPerMinute) {
        this.maxRequestsPerMinute = maxRequestsPerMinute;
    }

    public Boolean getAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    public void setAllowInsecureHttp(Boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getEmitHistory() {
        return emitHistory;
    }

    public void setEmitHistory(Boolean emitHistory) {
        this.emitHistory = emitHistory;
    }

    public Boolean getIncludeErrors() {
        return includeErrors;
    }

    public void setIncludeErrors(Boolean includeErrors) {
        this.includeErrors = includeErrors;
    }

    public String getJobIds() {
        return jobIds;
    }

    public void setJobIds(String jobIds) {
        this.jobIds = jobIds;
    }

    public Duration getJobTimeout() {
        return jobTimeout;
    }

    public void setJobTimeout(Duration jobTimeout) {
        this.jobTimeout = jobTimeout;
    }

    public Integer getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(Integer maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public String getObjectFilter() {
        return objectFilter;
    }

    public void setObjectFilter(String objectFilter) {
        this.objectFilter = objectFilter;
    }

    public String getOperationFilter() {
        return operationFilter;
    }

    public void setOperationFilter(String operationFilter) {
        this.operationFilter = operationFilter;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(String statusFilter) {
        this.statusFilter = statusFilter;
    }

    public Integer getDiscoveryMaxPages() {
        return discoveryMaxPages;
    }

    public void setDiscoveryMaxPages(Integer discoveryMaxPages) {
        this.discoveryMaxPages = discoveryMaxPages;
    }

    public Integer getDiscoveryPageSize() {
        return discoveryPageSize;
    }

    public void setDiscoveryPageSize(Integer discoveryPageSize) {
        this.discoveryPageSize = discoveryPageSize;
    }

    public Duration getDiscoveryReconcileInterval() {
        return discoveryReconcileInterval;
    }

    public void setDiscoveryReconcileInterval(Duration discoveryReconcileInterval) {
        this.discoveryReconcileInterval = discoveryReconcileInterval;
    }

    public Boolean getAllPages() {
        return allPages;
    }

    public void setAllPages(Boolean allPages) {
        this.allPages = allPages;
    }

    public Duration getAwaitInterval() {
        return awaitInterval;
    }

    public void setAwaitInterval(Duration awaitInterval) {
        this.awaitInterval = awaitInterval;
    }

    public Duration getAwaitMaxInterval() {
        return awaitMaxInterval;
    }

    public void setAwaitMaxInterval(Duration awaitMaxInterval) {
        this.awaitMaxInterval = awaitMaxInterval;
    }

    public Duration getAwaitTimeout() {
        return awaitTimeout;
    }

    public void setAwaitTimeout(Duration awaitTimeout) {
        this.awaitTimeout = awaitTimeout;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }

    public Boolean getFailOnJobFailure() {
        return failOnJobFailure;
    }

    public void setFailOnJobFailure(Boolean failOnJobFailure) {
        this.failOnJobFailure = failOnJobFailure;
    }

    public Boolean getGzipUpload() {
        return gzipUpload;
    }

    public void setGzipUpload(Boolean gzipUpload) {
        this.gzipUpload = gzipUpload;
    }

    public String getJobOperation() {
        return jobOperation;
    }

    public void setJobOperation(String jobOperation) {
        this.jobOperation = jobOperation;
    }

    public String getNamespace() {
        return namespace;
    }

    public void setNamespace(String namespace) {
        this.namespace = namespace;
    }

    public String getObject() {
        return object;
    }

    public void setObject(String object) {
        this.object = object;
    }

    public Integer getPageSize() {
        return pageSize;
    }

    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getAwaitPoolSize() {
        return awaitPoolSize;
    }

    public void setAwaitPoolSize(Integer awaitPoolSize) {
        this.awaitPoolSize = awaitPoolSize;
    }

    public Integer getFetchConcurrency() {
        return fetchConcurrency;
    }

    public void setFetchConcurrency(Integer fetchConcurrency) {
        this.fetchConcurrency = fetchConcurrency;
    }
}
