package io.camelzuora.jobs.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The body of {@code POST /objects/jobs}:
 * {@code {"namespace":"default","object":"passenger","operation":"delete","filter":{"conditions":[...]}}}. Fields are
 * kept as Zuora's text so that a request read from a map or JSON reaches validation whatever it holds.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "namespace", "object", "operation", "filter" })
public class SubmitJobRequest {

    private String namespace;
    private String object;
    private String operation;
    private JobFilter filter;

    public SubmitJobRequest() {
    }

    public SubmitJobRequest(String namespace, String object, String operation, JobFilter filter) {
        this.namespace = namespace;
        this.object = object;
        this.operation = operation;
        this.filter = filter;
    }

    /** {@code default} (custom objects defined in the tenant) or {@code com_zuora}. */
    public String getNamespace() {
        return namespace;
    }

    public void setNamespace(String namespace) {
        this.namespace = namespace;
    }

    /** The custom object's API name, e.g. {@code passenger}. */
    public String getObject() {
        return object;
    }

    public void setObject(String object) {
        this.object = object;
    }

    /** {@code create}, {@code update} or {@code delete}. */
    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    /** Which records a delete job deletes; only for {@code delete}. */
    public JobFilter getFilter() {
        return filter;
    }

    public void setFilter(JobFilter filter) {
        this.filter = filter;
    }

    @Override
    public String toString() {
        return "SubmitJobRequest[" + operation + " " + namespace + "." + object + (filter != null ? " " + filter : "") + "]";
    }
}
