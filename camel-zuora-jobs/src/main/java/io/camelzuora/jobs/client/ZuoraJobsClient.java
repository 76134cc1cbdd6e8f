package io.camelzuora.jobs.client;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import io.camelzuora.jobs.model.CustomObjectBulkJob;

/**
 * Zuora's Custom Object Jobs API as plain Java calls. Owns request building, headers, authentication, retries and JSON;
 * knows nothing of Camel routes. Thread-safe; share one per endpoint.
 */
public final class ZuoraJobsClient {

    private static final String USER_AGENT = "camel-zuora-jobs";

    private final ClientSettings settings;
    private final AccessTokenSource tokens;
    private final CallExecutor executor;

    public ZuoraJobsClient(HttpTransport transport, AccessTokenSource tokens, ClientSettings settings,
                           RequestObserver observer) {
        this.settings = settings;
        this.tokens = tokens;
        this.executor = new CallExecutor(transport, settings.retryPolicy(), settings.requestTimeout(),
                settings.maxResponseBytes(), observer);
    }

    /** {@code GET /objects/jobs/{id}}: the job, or {@link ZuoraJobNotFoundException}. */
    public ZuoraResponse<CustomObjectBulkJob> getJob(String jobId, CallOptions options) {
        InputChecks.jobId(jobId, "the job id argument");
        return executor.execute(get("/objects/jobs/" + jobId, jobId, options, "GET /objects/jobs/{id}"), tokens,
                BodyReader.json(CustomObjectBulkJob.class));
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
