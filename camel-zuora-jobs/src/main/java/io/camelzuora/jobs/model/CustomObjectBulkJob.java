package io.camelzuora.jobs.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A Zuora custom-object bulk job, as retrieve, submit, cancel, upload and list return it.
 * <p>
 * The JSON names are Zuora's own, mixed casing included ({@code Id}, {@code CreatedDate}, ..., {@code status},
 * {@code recordsProcessed}), so serialising a job gives back the wire JSON. Timestamps and the status keep Zuora's text
 * exactly; {@link #getJobStatus()} and {@link #getCreatedInstant()} give typed views of them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
        "CreatedById", "CreatedDate", "Id", "UpdatedById", "UpdatedDate", "error", "namespace", "object",
        "operation", "processingTime", "recordsProcessed", "status" })
public class CustomObjectBulkJob {

    @JsonProperty("CreatedById")
    private String createdById;
    @JsonProperty("CreatedDate")
    private String createdDate;
    @JsonProperty("Id")
    private String id;
    @JsonProperty("UpdatedById")
    private String updatedById;
    @JsonProperty("UpdatedDate")
    private String updatedDate;
    private JobError error;
    private String namespace;
    private String object;
    private String operation;
    private Long processingTime;
    private Long recordsProcessed;
    private String status;

    public String getCreatedById() {
        return createdById;
    }

    public void setCreatedById(String createdById) {
        this.createdById = createdById;
    }

    public String getCreatedDate() {
        return createdDate;
    }

    public void setCreatedDate(String createdDate) {
        this.createdDate = createdDate;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getUpdatedById() {
        return updatedById;
    }

    public void setUpdatedById(String updatedById) {
        this.updatedById = updatedById;
    }

    public String getUpdatedDate() {
        return updatedDate;
    }

    public void setUpdatedDate(String updatedDate) {
        this.updatedDate = updatedDate;
    }

    /** The error of a failed job, {@code null} otherwise. */
    public JobError getError() {
        return error;
    }

    public void setError(JobError error) {
        this.error = error;
    }

    /** {@code default} or {@code com_zuora}. */
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

    /** The operation as Zuora spelt it; see {@link #getJobAction()} for the typed view. */
    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    /** Processing time in milliseconds. */
    public Long getProcessingTime() {
        return processingTime;
    }

    public void setProcessingTime(Long processingTime) {
        this.processingTime = processingTime;
    }

    public Long getRecordsProcessed() {
        return recordsProcessed;
    }

    public void setRecordsProcessed(Long recordsProcessed) {
        this.recordsProcessed = recordsProcessed;
    }

    /** The status as Zuora spelt it ({@code in_progress}); see {@link #getJobStatus()} for the typed view. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** The typed status; {@link JobStatus#UNKNOWN} for a value this version does not know. */
    @JsonIgnore
    public JobStatus getJobStatus() {
        return JobStatus.of(status);
    }

    /** What the job does, typed; {@link JobAction#UNKNOWN} for a value this version does not know. */
    @JsonIgnore
    public JobAction getJobAction() {
        return JobAction.of(operation);
    }

    /** Whether the job has reached {@code completed}, {@code failed} or {@code cancelled}. */
    @JsonIgnore
    public boolean isTerminal() {
        return getJobStatus().isTerminal();
    }

    /** {@code CreatedDate} as an instant (Zuora sends it with or without milliseconds); {@code null} when absent. */
    @JsonIgnore
    public Instant getCreatedInstant() {
        return createdDate == null ? null : OffsetDateTime.parse(createdDate).toInstant();
    }

    /** {@code UpdatedDate} as an instant; {@code null} when absent. */
    @JsonIgnore
    public Instant getUpdatedInstant() {
        return updatedDate == null ? null : OffsetDateTime.parse(updatedDate).toInstant();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomObjectBulkJob other && Objects.equals(id, other.id)
                && Objects.equals(status, other.status) && Objects.equals(updatedDate, other.updatedDate)
                && Objects.equals(createdDate, other.createdDate) && Objects.equals(createdById, other.createdById)
                && Objects.equals(updatedById, other.updatedById) && Objects.equals(error, other.error)
                && Objects.equals(namespace, other.namespace) && Objects.equals(object, other.object)
                && Objects.equals(operation, other.operation) && Objects.equals(processingTime, other.processingTime)
                && Objects.equals(recordsProcessed, other.recordsProcessed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, status, updatedDate);
    }

    @Override
    public String toString() {
        return "CustomObjectBulkJob[" + id + " " + operation + " " + namespace + "." + object + " " + status + "]";
    }
}
