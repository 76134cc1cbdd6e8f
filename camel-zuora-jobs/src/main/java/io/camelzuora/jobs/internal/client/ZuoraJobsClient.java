package io.camelzuora.jobs.internal.client;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.camelzuora.jobs.exception.InvalidCsvException;
import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.exception.ZuoraConcurrencyLimitException;
import io.camelzuora.jobs.exception.ZuoraIdempotencyException;
import io.camelzuora.jobs.exception.ZuoraJobNotCancellableException;
import io.camelzuora.jobs.exception.ZuoraJobNotFoundException;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.jobs.model.JobErrorList;
import io.camelzuora.jobs.model.JobPage;
import io.camelzuora.jobs.model.JobRowError;
import io.camelzuora.jobs.model.JobStatus;
import io.camelzuora.jobs.model.SubmitJobRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * Zuora's Custom Object Jobs API as plain Java calls. Owns request building, headers, authentication, retries and JSON;
 * knows nothing of Camel routes. Thread-safe; share one per endpoint.
 */
public final class ZuoraJobsClient {

    private static final String USER_AGENT = "camel-zuora-jobs";
    private static final String VIEW_PERMISSION = "View Custom Objects";
    private static final String EDIT_PERMISSION = "Edit Custom Objects";
    private static final String DELETE_PERMISSION = "Delete Custom Objects";

    private final ClientSettings settings;
    private final AccessTokenSource tokens;
    private final CallExecutor executor;
    private final Map<String, String> baseHeaders;
    private final RequestPacer pacer;

    /**
     * @param requestsSent counts every HTTP attempt, retries included, for management
     * @param pacer        the rate budget shared by the component's clients, or {@code null} for none
     */
    public ZuoraJobsClient(HttpTransport transport, AccessTokenSource tokens, ClientSettings settings,
                           LongAdder requestsSent, RequestPacer pacer) {
        this.settings = settings;
        this.tokens = tokens;
        this.executor = new CallExecutor(
                transport, settings.retryPolicy(), settings.requestTimeout(),
                settings.maxResponseBytes(), requestsSent, pacer);
        this.baseHeaders = baseHeaders(settings);
        this.pacer = pacer;
    }

    /** The hold Zuora's answers put on this client's requests (shared by the component), or {@code null} for none. */
    public ServerHold hold() {
        return pacer == null ? null : pacer.hold();
    }

    /** Lifts that hold, for a route that restarts. */
    public void clearHold() {
        if (pacer != null) {
            pacer.clearHold();
        }
    }

    /** {@code GET /objects/jobs/{id}}: the job, or {@link ZuoraJobNotFoundException}. */
    public ZuoraResponse<CustomObjectBulkJob> getJob(String jobId, CallOptions options) {
        InputChecks.jobId(jobId, "the job id argument");
        return executor.execute(get("/objects/jobs/" + jobId, jobId, options, "GET /objects/jobs/{id}"), tokens,
                BodyReader.json(CustomObjectBulkJob.class));
    }

    /**
     * {@code POST /objects/jobs}: submits a job, after checking the request as Zuora would. With an
     * {@code Idempotency-Key} in the options the call is retried safely; Zuora answers a repeated key with the first
     * result, so a lost response never creates a second job.
     *
     * @throws ZuoraConcurrencyLimitException when the tenant already runs its five active jobs
     * @throws ZuoraIdempotencyException      when Zuora refused the key (409 in flight, 422 reused)
     */
    public ZuoraResponse<CustomObjectBulkJob> submitJob(SubmitJobRequest request, CallOptions options) {
        InputChecks.submitJobRequest(request, "the request argument");
        byte[] json;
        try {
            json = ZuoraJson.mapper().writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The job request " + request + " cannot be written as JSON", e);
        }
        String description = "POST /objects/jobs";
        ApiRequest call = write("POST", "/objects/jobs", null, options, description,
                () -> new ByteArrayEntity(json, ContentType.APPLICATION_JSON), true,
                "delete".equals(request.getOperation()) ? DELETE_PERMISSION : EDIT_PERMISSION);
        ZuoraResponse<CustomObjectBulkJob> response = executor.execute(call, tokens,
                BodyReader.json(CustomObjectBulkJob.class));
        if (ZuoraConcurrencyLimitException.isRefusal(response.body())) {
            CustomObjectBulkJob refused = response.body();
            throw new ZuoraConcurrencyLimitException(
                    description + " returned job "
                                                     + ErrorBodyParser.clean(String.valueOf(refused.getId()))
                                                     + " already failed: "
                                                     + ErrorBodyParser.clean(String.valueOf(refused.getError()))
                                                     + (response.requestId() != null
                                                             ? " [Zuora-Request-Id: " + response.requestId() + "]" : ""),
                    response.status(), ZuoraConcurrencyLimitException.SERVICE_LIMIT_CODE, refused.getError().getMessage(),
                    response.requestId(), call.trackId(), null, refused);
        }
        return response;
    }

    /**
     * {@code POST /objects/jobs/{id}/files}: uploads the job's CSV as {@code text/csv}, streamed from its source. It is
     * refused before sending when its known size is over 15 MB or its first 64 KB are not UTF-8, and the upload is
     * aborted when the bytes sent pass 15 MB or stop being UTF-8. Retried only with an {@code Idempotency-Key} and a
     * source that can be read again.
     *
     * @param  gzip                send the file gzipped ({@code Content-Encoding: gzip})
     * @throws InvalidCsvException when the file is refused by these checks
     */
    public ZuoraResponse<CustomObjectBulkJob> uploadFile(
            String jobId, CsvUpload csv, boolean gzip,
            CallOptions options) {
        InputChecks.jobId(jobId, "the job id argument");
        csv.checkBeforeSending();
        ApiRequest call = write("POST", "/objects/jobs/" + jobId + "/files", jobId, options,
                "POST /objects/jobs/{id}/files", () -> new CsvEntity(csv, gzip), csv.isRepeatable(), EDIT_PERMISSION);
        return executor.execute(call, tokens, BodyReader.json(CustomObjectBulkJob.class));
    }

    /**
     * {@code PATCH /objects/jobs/{id}/cancel}: cancels an {@code accepted} or {@code pending} job.
     *
     * @throws ZuoraJobNotCancellableException when Zuora refused because the job is already further along (the job is
     *                                         fetched to name its status)
     */
    public ZuoraResponse<CustomObjectBulkJob> cancelJob(String jobId, CallOptions options) {
        InputChecks.jobId(jobId, "the job id argument");
        ApiRequest call = write("PATCH", "/objects/jobs/" + jobId + "/cancel", jobId, options,
                "PATCH /objects/jobs/{id}/cancel", null, true,
                EDIT_PERMISSION + " (" + DELETE_PERMISSION + " for a delete job)");
        try {
            return executor.execute(call, tokens, BodyReader.json(CustomObjectBulkJob.class));
        } catch (ZuoraApiException refused) {
            if (refused.getHttpStatus() != 400) {
                throw refused;
            }
            CustomObjectBulkJob job;
            try {
                job = getJob(jobId, new CallOptions(options.trackId(), null)).body();
            } catch (ZuoraApiException lookup) {
                refused.addSuppressed(lookup);
                throw refused;
            }
            JobStatus status = job.getJobStatus();
            if (status == JobStatus.ACCEPTED || status == JobStatus.PENDING) {
                throw refused;
            }
            throw new ZuoraJobNotCancellableException(refused, job);
        }
    }

    /**
     * {@code GET /objects/jobs}, every page: an iterator that fetches the next page only when the previous one is used
     * up. It ends at an empty page or one without a cursor and fails instead of looping when a cursor comes back.
     *
     * @param pageSize    jobs per request, 1 to 100, or {@code null} for Zuora's default
     * @param startCursor start after this job id, or {@code null} for the newest job
     * @param status      only jobs in this status, or {@code null} for all
     */
    public Iterator<CustomObjectBulkJob> allJobs(
            Integer pageSize, String startCursor, String status,
            CallOptions options) {
        checkListArguments(pageSize, startCursor, status); // now rather than at the iterator's first use
        return new JobPager(cursor -> listJobs(pageSize, cursor, status, options), startCursor);
    }

    /**
     * {@code GET /objects/jobs}: one page of jobs, newest first.
     *
     * @param pageSize 1 to 100, or {@code null} for Zuora's default (25)
     * @param cursor   the {@code cursor} of the previous page (a job id), or {@code null} for the first page
     * @param status   only jobs in this status (Zuora's spelling), or {@code null} for all
     */
    public ZuoraResponse<JobPage> listJobs(Integer pageSize, String cursor, String status, CallOptions options) {
        return executor.execute(get(listPath(pageSize, cursor, status), null, options, "GET /objects/jobs"), tokens,
                BodyReader.json(JobPage.class));
    }

    private static void checkListArguments(Integer pageSize, String cursor, String status) {
        if (pageSize != null) {
            InputChecks.pageSize(pageSize, "the pageSize argument");
        }
        if (cursor != null) {
            InputChecks.jobId(cursor, "the cursor argument");
        }
        if (status != null) {
            InputChecks.status(status, "the status argument");
        }
    }

    private static String listPath(Integer pageSize, String cursor, String status) {
        checkListArguments(pageSize, cursor, status);
        StringBuilder query = new StringBuilder();
        if (pageSize != null) {
            query.append("&pageSize=").append(pageSize);
        }
        if (cursor != null) {
            query.append("&cursor=").append(cursor);
        }
        if (status != null) {
            query.append("&status=").append(URLEncoder.encode(status, StandardCharsets.UTF_8));
        }
        return query.length() == 0 ? "/objects/jobs" : "/objects/jobs?" + query.substring(1);
    }

    /**
     * {@code GET /objects/jobs/{id}/errors}: the rows of the job's CSV that failed, or
     * {@link ZuoraJobNotFoundException}.
     */
    public ZuoraResponse<List<JobRowError>> listErrors(String jobId, CallOptions options) {
        InputChecks.jobId(jobId, "the job id argument");
        ZuoraResponse<JobErrorList> response = executor.execute(
                get("/objects/jobs/" + jobId + "/errors", jobId, options, "GET /objects/jobs/{id}/errors"), tokens,
                BodyReader.json(JobErrorList.class));
        return new ZuoraResponse<>(
                response.body().getErrors(), response.status(), response.requestId(),
                response.trackId(), response.rateLimitRemaining());
    }

    private ApiRequest get(String path, String jobId, CallOptions options, String description) {
        String trackId = trackId(options);
        return new ApiRequest(
                "GET", uri(path), headers(trackId), null, jobId, trackId, true, description,
                VIEW_PERMISSION);
    }

    /**
     * A POST or PATCH. It carries the {@code Idempotency-Key} of the options and is retry-safe only with one and with a
     * body that can be sent again.
     */
    private ApiRequest write(
            String method, String path, String jobId, CallOptions options, String description,
            Supplier<HttpEntity> body, boolean bodyRepeatable, String permission) {
        String trackId = trackId(options);
        String key = InputChecks.idempotencyKey(options.idempotencyKey(), "the call options");
        Map<String, String> headers = new LinkedHashMap<>(headers(trackId));
        putIfSet(headers, "Idempotency-Key", key);
        return new ApiRequest(
                method, uri(path), headers, body, jobId, trackId, key != null && bodyRepeatable,
                description, permission);
    }

    private String trackId(CallOptions options) {
        return options.trackId() != null ? options.trackId() : settings.trackId();
    }

    /** The headers of a call: the client's own, plus the track id when there is one (the hot path builds no map). */
    private Map<String, String> headers(String trackId) {
        if (trackId == null) {
            return baseHeaders;
        }
        Map<String, String> headers = new LinkedHashMap<>(baseHeaders);
        headers.put("Zuora-Track-Id", trackId);
        return headers;
    }

    private static Map<String, String> baseHeaders(ClientSettings settings) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        headers.put("User-Agent", USER_AGENT);
        if (settings.gzip()) {
            headers.put("Accept-Encoding", "gzip");
        }
        putIfSet(headers, "Zuora-Version", settings.zuoraVersion());
        putIfSet(headers, "Zuora-Entity-Ids", settings.entityIds());
        putIfSet(headers, "Zuora-Org-Ids", settings.orgIds());
        return Collections.unmodifiableMap(headers);
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
