package io.camelzuora.jobs.exception;

import io.camelzuora.jobs.model.CustomObjectBulkJob;

/**
 * Zuora refused a new job because the tenant already runs its maximum of five active (accepted, pending or in_progress)
 * jobs: error code {@code 71012560} "Service limit reached, please retry later.". Zuora reports this in two ways and
 * both end here: a 400 with that code, or a 200 whose job is already {@code failed} with that code (then
 * {@link #getRefusedJob()} is that job; it will never run). Submit again once a running job has finished.
 */
public class ZuoraConcurrencyLimitException extends ZuoraApiException {

    /** Zuora's code for "Service limit reached, please retry later.". */
    public static final String SERVICE_LIMIT_CODE = "71012560";

    private final transient CustomObjectBulkJob refusedJob;

    /**
     * @param what       what was called and what came back; the message explains the limit before it
     * @param refusedJob the already failed job of a 200 answer, or {@code null} for a 400
     */
    public ZuoraConcurrencyLimitException(String what, int httpStatus, String zuoraCode, String zuoraMessage,
                                          String requestId, String trackId, Throwable cause,
                                          CustomObjectBulkJob refusedJob) {
        super(explain(what), httpStatus, zuoraCode, zuoraMessage, requestId, trackId, cause);
        this.refusedJob = refusedJob;
    }

    /** The job Zuora created already failed, when it answered 200; {@code null} when it answered 400. */
    public CustomObjectBulkJob getRefusedJob() {
        return refusedJob;
    }

    /** Whether a job Zuora returned is a refusal for the concurrency limit rather than a job that will run. */
    public static boolean isRefusal(CustomObjectBulkJob job) {
        return job != null && "failed".equals(job.getStatus()) && job.getError() != null
                && job.getError().getCode() != null && SERVICE_LIMIT_CODE.equals(job.getError().getCode().toString());
    }

    private static String explain(String what) {
        return "Zuora refused the job: the tenant already runs the most active bulk jobs it allows (5); submit again"
               + " when one has finished. " + what;
    }
}
