package io.camelzuora.jobs.exception;

import io.camelzuora.jobs.model.CustomObjectBulkJob;

/**
 * Zuora refused to cancel a job because it is past the point where that is possible: only {@code accepted} and
 * {@code pending} jobs can be cancelled. {@link #getJob()} is the job as it is now.
 */
public class ZuoraJobNotCancellableException extends ZuoraApiException {

    private final transient CustomObjectBulkJob job;

    public ZuoraJobNotCancellableException(ZuoraApiException refusal, CustomObjectBulkJob job) {
        super("Job " + ServerText.of(job.getId()) + " cannot be cancelled: it is " + ServerText.of(job.getStatus())
              + ", and only accepted or pending jobs can be cancelled. " + refusal.getMessage(),
              refusal.getHttpStatus(), refusal.getZuoraCode(), refusal.getZuoraMessage(), refusal.getRequestId(),
              refusal.getTrackId(), refusal);
        this.job = job;
    }

    /** The job that could not be cancelled, as fetched after the refusal. */
    public CustomObjectBulkJob getJob() {
        return job;
    }

    /** The job's status, e.g. {@code completed} or {@code in_progress}. */
    public String getJobStatus() {
        return job.getStatus();
    }
}
