package io.camelzuora.simulator;

/**
 * A request the simulator refuses, carrying the HTTP status and Zuora error code to answer with. The HTTP layer renders
 * it in the configured {@link ErrorBodyShape}.
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final int code;

    ApiError(int status, int code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static ApiError badRequest(int code, String message) {
        return new ApiError(400, code, message);
    }

    static ApiError jobNotFound() {
        return new ApiError(404, ErrorCodes.JOB_NOT_FOUND, "Not Found.");
    }

    int status() {
        return status;
    }

    int code() {
        return code;
    }
}
