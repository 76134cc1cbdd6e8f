package io.camelzuora.jobs.exception;

/** Zuora answered 404 for a job: it does not exist in this tenant (or is not visible to these credentials). */
public class ZuoraJobNotFoundException extends ZuoraApiException {

    private final String jobId;

    public ZuoraJobNotFoundException(String message, int httpStatus, String zuoraCode, String zuoraMessage,
                                     String requestId, String trackId, Throwable cause, String jobId) {
        super(message, httpStatus, zuoraCode, zuoraMessage, requestId, trackId, cause);
        this.jobId = jobId;
    }

    /** The job id that was not found. */
    public String getJobId() {
        return jobId;
    }
}
