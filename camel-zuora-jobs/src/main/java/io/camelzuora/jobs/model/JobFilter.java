package io.camelzuora.jobs.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The filter of a delete job: one or two conditions, all of which a record must meet to be deleted. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class JobFilter {

    private List<FilterCondition> conditions = new ArrayList<>();

    public JobFilter() {
    }

    public JobFilter(List<FilterCondition> conditions) {
        setConditions(conditions);
    }

    /** A filter of the given conditions (Zuora accepts one or two). */
    public static JobFilter of(FilterCondition... conditions) {
        return new JobFilter(List.of(conditions));
    }

    public List<FilterCondition> getConditions() {
        return conditions;
    }

    public void setConditions(List<FilterCondition> conditions) {
        this.conditions = conditions == null ? new ArrayList<>() : new ArrayList<>(conditions);
    }

    @Override
    public String toString() {
        return "JobFilter" + conditions;
    }
}
