package io.camelzuora.jobs.internal.consumer;

import io.camelzuora.jobs.internal.client.InputChecks;
import io.camelzuora.jobs.model.CustomObjectBulkJob;

/**
 * The jobs in Zuora's answers are untrusted input: the watch takes one only with a UUID id and a status of printable
 * characters (at most {@value #MAX_STATUS} of them, letters and {@code _} as Zuora spells statuses, or any new status
 * Zuora may add). Others are skipped, so that nothing the server sends ends up in a request path, a log line or the
 * stored state as it came.
 */
final class UntrustedJobs {

    static final int MAX_STATUS = 64;

    private UntrustedJobs() {
    }

    /** Why the job cannot be taken, or {@code null} when it can. */
    static String problem(CustomObjectBulkJob job) {
        if (job == null) {
            return "a null entry instead of a job";
        }
        if (!InputChecks.isJobId(job.getId())) {
            return "a job whose id " + InputChecks.show(job.getId()) + " is not a UUID";
        }
        String status = job.getStatus();
        if (status != null && (status.length() > MAX_STATUS || status.chars().anyMatch(c -> c < 0x20 || c > 0x7e))) {
            return "job " + job.getId() + " with the status " + InputChecks.show(status)
                   + ", which has control or non-ASCII characters or is over " + MAX_STATUS + " characters";
        }
        return null;
    }
}
