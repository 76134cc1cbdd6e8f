package io.camelzuora.jobs.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The body of {@code GET /objects/jobs/{id}/errors}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class JobErrorList {

    private List<JobRowError> errors = new ArrayList<>();

    public List<JobRowError> getErrors() {
        return errors;
    }

    public void setErrors(List<JobRowError> errors) {
        this.errors = errors == null ? new ArrayList<>() : errors;
    }
}
