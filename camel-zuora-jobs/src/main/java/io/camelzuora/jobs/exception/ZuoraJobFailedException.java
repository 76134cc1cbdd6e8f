package io.camelzuora.jobs.exception;

import java.util.List;

import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.jobs.model.JobRowError;

/**
 * A job ended {@code failed} or {@code cancelled}. Carries the final job (with Zuora's {@code error}) and the rows of
 * its CSV that failed, as the errors endpoint listed them (empty for a cancelled job or one that failed as a whole).
 * The message quotes Zuora's texts cleaned and shortened, and never a row's record (customer data): that is on
 * {@link #getRowErrors()}.
 */
public class ZuoraJobFailedException extends RuntimeException {

    private final transient CustomObjectBulkJob job;
    private final transient List<JobRowError> rowErrors;

    public ZuoraJobFailedException(CustomObjectBulkJob job, List<JobRowError> rowErrors) {
        super("Job " + ServerText.of(job.getId()) + " ended " + ServerText.of(job.getStatus())
              + (job.getError() != null ? ": " + ServerText.of(job.getError()) : "")
              + (rowErrors.isEmpty()
                      ? "" : " (" + rowErrors.size() + " failed rows, first at row "
                             + rowErrors.get(0).getRow() + ": "
                             + ServerText.of(rowErrors.get(0).getMessage()) + ")"));
        this.job = job;
        this.rowErrors = List.copyOf(rowErrors);
    }

    /** The job in its final status. */
    public CustomObjectBulkJob getJob() {
        return job;
    }

    /** The failed rows of the job's CSV; empty when there are none. */
    public List<JobRowError> getRowErrors() {
        return rowErrors;
    }
}
