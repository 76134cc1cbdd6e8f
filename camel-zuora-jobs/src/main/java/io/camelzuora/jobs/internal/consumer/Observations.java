package io.camelzuora.jobs.internal.consumer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.exception.ZuoraJobNotFoundException;
import io.camelzuora.jobs.model.CustomObjectBulkJob;

/**
 * What one poll saw: the jobs as Zuora returned them (at most one per id, in the order they should be emitted), the
 * watched jobs Zuora no longer knows, the answers skipped as untrusted, and the failure that ended the poll early, if
 * any. The jobs seen before a failure are still emitted; the failure then fails the poll.
 */
final class Observations {

    private final Map<String, CustomObjectBulkJob> jobs = new LinkedHashMap<>();
    private final List<ZuoraJobNotFoundException> missing = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private ZuoraApiException failure;

    /**
     * Records the outcome of fetching one job: the job, or why Zuora's answer was skipped, or that Zuora no longer
     * knows it, or the failure that ends the poll (the first one is kept). Returns {@code false} for a failure.
     */
    boolean record(JobFetcher.Fetched fetched) {
        if (fetched.job() != null) {
            add(fetched.job());
        } else if (fetched.skipped() != null) {
            skipped.add(fetched.skipped());
        } else if (fetched.missing() != null) {
            missing(fetched.missing());
        } else {
            if (failure == null) {
                failed(fetched.failure());
            }
            return false;
        }
        return true;
    }

    void add(CustomObjectBulkJob job) {
        if (job.getId() != null) {
            jobs.putIfAbsent(job.getId(), job);
        }
    }

    /** Why jobs in Zuora's answers were skipped. */
    List<String> skipped() {
        return skipped;
    }

    boolean contains(String jobId) {
        return jobs.containsKey(jobId);
    }

    void missing(ZuoraJobNotFoundException notFound) {
        missing.add(notFound);
    }

    void failed(ZuoraApiException cause) {
        failure = cause;
    }

    List<CustomObjectBulkJob> jobs() {
        return new ArrayList<>(jobs.values());
    }

    List<ZuoraJobNotFoundException> missing() {
        return missing;
    }

    /** The failure that ended the poll early, or {@code null}. */
    ZuoraApiException failure() {
        return failure;
    }
}
