package io.camelzuora.jobs.exception;

import org.apache.camel.spi.HttpResponseAware;

/**
 * Zuora answered with an error, or could not be reached. Carries what a support ticket needs: the HTTP status (0 when
 * no response arrived), Zuora's error code and message, and the {@code Zuora-Request-Id} and {@code Zuora-Track-Id} of
 * the call. Never carries a token or secret.
 * <p>
 * It implements Camel's {@link HttpResponseAware} so that health checks show the HTTP status of a failing call.
 */
public class ZuoraApiException extends RuntimeException implements HttpResponseAware {

    private int httpStatus;
    private String httpStatusText;
    private final String zuoraCode;
    private final String zuoraMessage;
    private final String requestId;
    private final String trackId;

    public ZuoraApiException(String message, int httpStatus, String zuoraCode, String zuoraMessage, String requestId,
                             String trackId, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.zuoraCode = zuoraCode;
        this.zuoraMessage = zuoraMessage;
        this.requestId = requestId;
        this.trackId = trackId;
    }

    /** The HTTP status Zuora answered with; 0 when no response arrived (connection failure, timeout). */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** Zuora's error code (8 digits for Custom Objects, e.g. {@code 71013040}), or {@code null}. */
    public String getZuoraCode() {
        return zuoraCode;
    }

    /** Zuora's error message, or a short description of a non-JSON body. */
    public String getZuoraMessage() {
        return zuoraMessage;
    }

    /** The {@code Zuora-Request-Id} of the failed call, to quote to Zuora support. */
    public String getRequestId() {
        return requestId;
    }

    /** The {@code Zuora-Track-Id} sent with the failed call, if any. */
    public String getTrackId() {
        return trackId;
    }

    @Override
    public int getHttpResponseCode() {
        return httpStatus;
    }

    @Override
    public void setHttpResponseCode(int code) {
        this.httpStatus = code;
    }

    @Override
    public String getHttpResponseStatus() {
        return httpStatusText;
    }

    @Override
    public void setHttpResponseStatus(String status) {
        this.httpStatusText = status;
    }
}
