package io.camelzuora.simulator;

/**
 * What submitting a job answers while the tenant already has the maximum number of active (accepted, pending or
 * in_progress) jobs. Zuora leaves this open; both observed behaviours are offered.
 */
public enum ConcurrencyLimitMode {
    /** 200 with a job that is already {@code failed}, error 71012560 "Service limit reached, please retry later.". */
    FAILED_JOB,
    /** 400 with error code 71012560; no job is created. */
    REJECT_400
}
