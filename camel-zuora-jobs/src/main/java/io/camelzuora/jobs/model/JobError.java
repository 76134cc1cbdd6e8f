package io.camelzuora.jobs.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The {@code error} of a failed job: Zuora's 8-digit code and its message. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class JobError {

    private Long code;
    private String message;

    public JobError() {
    }

    public JobError(Long code, String message) {
        this.code = code;
        this.message = message;
    }

    /** Zuora's error code, e.g. {@code 71012560} for "Service limit reached". */
    public Long getCode() {
        return code;
    }

    public void setCode(Long code) {
        this.code = code;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobError other && Objects.equals(code, other.code) && Objects.equals(message, other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, message);
    }

    @Override
    public String toString() {
        return code + " " + message;
    }
}
