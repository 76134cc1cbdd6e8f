package io.camelzuora.jobs.client;

import io.camelzuora.jobs.model.CustomObjectBulkJob;

/**
 * Zuora refused a new job because the tenant already runs its maximum of five active (accepted, pending or
 * in_progress) jobs: error code {@code 71012560} "Service limit reached, please retry later.". Zuora reports this in
 * two ways and both end here: a 400 with that code, or a 200 whose job is already {@code failed} with that code (then
 * {@link #getRefusedJob()} is that job; it will never run). Submit again once a running job has finished.
 */
public class ZuoraConcurrencyLimitException extends ZuoraApiException {

    /** Zuora's code for "Service limit reached, please retry later.". */
    public static final String SERVICE_LIMIT_CODE = "71012560";

    private final transient CustomObjectBulkJob refusedJob;

    ZuoraConcurrencyLimitException(ApiFailure failure) {
        super(explain(failure.describe()), failure.status(), failure.code(), failure.message(), failure.requestId(),
              failure.trackId(), failure.cause());
        this.refusedJob = null;
    }

    ZuoraConcurrencyLimitException(String call, ZuoraResponse<CustomObjectBulkJob> response, String trackId) {
        super(explain(call + " returned job " + response.body().getId() + " already failed: " + response.body().getError()
                      + (response.requestId() != null ? " [Zuora-Request-Id: " + response.requestId() + "]" : "")),
              response.status(), SERVICE_LIMIT_CODE, response.body().getError().getMessage(), response.requestId(),
              trackId, null);
        this.refusedJob = response.body();
    }

    /** The job Zuora created already failed, when it answered 200; {@code null} when it answered 400. */
    public CustomObjectBulkJob getRefusedJob() {
        return refusedJob;
    }

    /** Whether a job Zuora returned is a refusal for the concurrency limit rather than a job that will run. */
    static boolean isRefusal(CustomObjectBulkJob job) {
        return job != null && "failed".equals(job.getStatus()) && job.getError() != null
                && job.getError().getCode() != null && SERVICE_LIMIT_CODE.equals(job.getError().getCode().toString());
    }

    private static String explain(String what) {
        return "Zuora refused the job: the tenant already runs the most active bulk jobs it allows (5); submit again"
               + " when one has finished. " + what;
    }
}
