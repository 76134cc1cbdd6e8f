package io.camelzuora.jobs.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of {@code GET /objects/jobs}: the jobs, and the cursor that fetches the next page ({@code null} on the last
 * page).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class JobPage {

    private Integer count;
    private String cursor;
    private List<CustomObjectBulkJob> jobs = new ArrayList<>();

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    /** The {@code Id} of the last job of this page, to pass as {@code cursor} for the next; {@code null} at the end. */
    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }

    public List<CustomObjectBulkJob> getJobs() {
        return jobs;
    }

    public void setJobs(List<CustomObjectBulkJob> jobs) {
        this.jobs = jobs == null ? new ArrayList<>() : jobs;
    }
}
