package io.camelzuora.simulator;

/**
 * The Zuora error codes the simulator answers with. Custom Objects codes are a 6-digit resource (710130 job, 710131 job
 * id, 710132 filter, 710133 filter conditions, 710134 status, 710135 operation, 710136 file, 710137 file headers,
 * 710125 record) followed by a 2-digit category (20 invalid input, 30 rule, 40 not found, 60 internal, 61 retryable).
 */
final class ErrorCodes {

    static final int JOB_INVALID = 71013020;
    static final int JOB_NOT_FOUND = 71013040;
    static final int JOB_ID_INVALID = 71013120;
    static final int FILTER_INVALID = 71013220;
    /** {@code objectJob.filter.conditions}: a condition of a delete filter is wrong. */
    static final int FILTER_CONDITIONS_INVALID = 71013320;
    static final int STATUS_RULE = 71013420;
    static final int OPERATION_INVALID = 71013520;
    static final int FILE_INVALID = 71013620;
    static final int FILE_HEADERS_INVALID = 71013720;
    static final int RECORD_INVALID = 71012520;
    static final int RECORD_NOT_FOUND = 71012540;
    static final int SERVICE_LIMIT = 71012560;
    static final int INTERNAL = 71013060;
    static final int RETRYABLE = 71013061;

    static final String SERVICE_LIMIT_MESSAGE = "Service limit reached, please retry later.";

    private ErrorCodes() {
    }
}
