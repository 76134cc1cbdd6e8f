package io.camelzuora.jobs.client;

/** Zuora answered 404 for a job: it does not exist in this tenant (or is not visible to these credentials). */
public class ZuoraJobNotFoundException extends ZuoraApiException {

    private final String jobId;

    ZuoraJobNotFoundException(ApiFailure failure, String jobId) {
        super(failure);
        this.jobId = jobId;
    }

    /** The job id that was not found. */
    public String getJobId() {
        return jobId;
    }
}
