package io.camelzuora.jobs.internal.consumer;

import io.camelzuora.jobs.model.CustomObjectBulkJob;

/**
 * One exchange to emit: a job observed in a new status, or a job that has run past {@code jobTimeout}.
 *
 * @param job     the job as Zuora returned it in this poll
 * @param before  what the watch knew of the job before (status {@code null} when the job is seen for the first time)
 * @param after   what the watch stores once the exchange has been delivered
 * @param timeout whether this is the timeout exchange rather than a status change
 */
record JobChange(CustomObjectBulkJob job, TrackedJob before, TrackedJob after, boolean timeout) {

    static JobChange statusChange(CustomObjectBulkJob job, TrackedJob before) {
        return new JobChange(job, before, before.withStatus(job.getStatus()), false);
    }

    static JobChange timedOut(CustomObjectBulkJob job, TrackedJob before) {
        return new JobChange(job, before, before.withTimedOut(), true);
    }
}
