package io.camelzuora.jobs.client;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.jobs.model.JobErrorList;
import io.camelzuora.jobs.model.JobPage;
import io.camelzuora.jobs.model.JobRowError;

/**
 * Zuora's Custom Object Jobs API as plain Java calls. Owns request building, headers, authentication, retries and JSON;
 * knows nothing of Camel routes. Thread-safe; share one per endpoint.
 */
public final class ZuoraJobsClient {

    private static final String USER_AGENT = "camel-zuora-jobs";

    private final ClientSettings settings;
    private final AccessTokenSource tokens;
    private final CallExecutor executor;

    /**
     * @param observer sees every attempt (metrics)
     * @param pacer    the rate budget shared by the component's clients, or {@code null} for none
     */
    public ZuoraJobsClient(HttpTransport transport, AccessTokenSource tokens, ClientSettings settings,
                           RequestObserver observer, RequestPacer pacer) {
        this.settings = settings;
        this.tokens = tokens;
        this.executor = new CallExecutor(transport, settings.retryPolicy(), settings.requestTimeout(),
                settings.maxResponseBytes(), observer, pacer);
    }

    /** {@code GET /objects/jobs/{id}}: the job, or {@link ZuoraJobNotFoundException}. */
    public ZuoraResponse<CustomObjectBulkJob> getJob(String jobId, CallOptions options) {
        InputChecks.jobId(jobId, "the job id argument");
        return executor.execute(get("/objects/jobs/" + jobId, jobId, options, "GET /objects/jobs/{id}"), tokens,
                BodyReader.json(CustomObjectBulkJob.class));
    }

    /**
     * {@code GET /objects/jobs}: one page of jobs, newest first.
     *
     * @param pageSize 1 to 100, or {@code null} for Zuora's default (25)
     * @param cursor   the {@code cursor} of the previous page (a job id), or {@code null} for the first page
     * @param status   only jobs in this status (Zuora's spelling), or {@code null} for all
     */
    public ZuoraResponse<JobPage> listJobs(Integer pageSize, String cursor, String status, CallOptions options) {
        StringBuilder query = new StringBuilder();
        if (pageSize != null) {
            query.append("&pageSize=").append(InputChecks.pageSize(pageSize, "the pageSize argument"));
        }
        if (cursor != null) {
            query.append("&cursor=").append(InputChecks.jobId(cursor, "the cursor argument"));
        }
        if (status != null) {
            query.append("&status=").append(URLEncoder.encode(InputChecks.status(status, "the status argument"),
                    StandardCharsets.UTF_8));
        }
        String path = query.length() == 0 ? "/objects/jobs" : "/objects/jobs?" + query.substring(1);
        return executor.execute(get(path, null, options, "GET /objects/jobs"), tokens, BodyReader.json(JobPage.class));
    }

    /** {@code GET /objects/jobs/{id}/errors}: the rows of the job's CSV that failed, or {@link ZuoraJobNotFoundException}. */
    public ZuoraResponse<List<JobRowError>> listErrors(String jobId, CallOptions options) {
        InputChecks.jobId(jobId, "the job id argument");
        ZuoraResponse<JobErrorList> response = executor.execute(
                get("/objects/jobs/" + jobId + "/errors", jobId, options, "GET /objects/jobs/{id}/errors"), tokens,
                BodyReader.json(JobErrorList.class));
        return new ZuoraResponse<>(response.body().getErrors(), response.status(), response.requestId(),
                response.trackId(), response.rateLimitRemaining());
    }

    private ApiRequest get(String path, String jobId, CallOptions options, String description) {
        String trackId = trackId(options);
        return new ApiRequest("GET", uri(path), headers(trackId), null, jobId, trackId, true, description);
    }

    private String trackId(CallOptions options) {
        return options.trackId() != null ? options.trackId() : settings.trackId();
    }

    private Map<String, String> headers(String trackId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        headers.put("User-Agent", USER_AGENT);
        if (settings.gzip()) {
            headers.put("Accept-Encoding", "gzip");
        }
        putIfSet(headers, "Zuora-Version", settings.zuoraVersion());
        putIfSet(headers, "Zuora-Entity-Ids", settings.entityIds());
        putIfSet(headers, "Zuora-Org-Ids", settings.orgIds());
        putIfSet(headers, "Zuora-Track-Id", trackId);
        return headers;
    }

    private URI uri(String pathAndQuery) {
        return settings.baseUrl().resolve(pathAndQuery);
    }

    private static void putIfSet(Map<String, String> headers, String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
    }
}
