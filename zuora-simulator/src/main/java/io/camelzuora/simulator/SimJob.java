package io.camelzuora.simulator;

import java.time.Instant;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An immutable snapshot of a job as the simulator holds it; {@link #toJson()} is exactly what the API answers for it.
 */
public final class SimJob {

    private static final Set<String> TERMINAL = Set.of("completed", "failed", "cancelled");

    private final String id;
    private final String status;
    private final String object;
    private final String namespace;
    private final String operation;
    private final long recordsProcessed;
    private final long processingTime;
    private final Instant createdDate;
    private final Instant updatedDate;
    private final String createdById;
    private final Integer errorCode;
    private final String errorMessage;

    SimJob(JobState state) {
        this.id = state.id;
        this.status = state.status;
        this.object = state.object;
        this.namespace = state.namespace;
        this.operation = state.operation;
        this.recordsProcessed = state.recordsProcessed;
        this.processingTime = state.processingTime;
        this.createdDate = state.createdDate;
        this.updatedDate = state.updatedDate;
        this.createdById = state.createdById;
        this.errorCode = state.errorCode;
        this.errorMessage = state.errorMessage;
    }

    /** @return the job's Id (a UUID) */
    public String id() {
        return id;
    }

    /** @return accepted, pending, in_progress, completed, failed, cancelled, or a forced status */
    public String status() {
        return status;
    }

    /** @return the custom object's API name */
    public String object() {
        return object;
    }

    /** @return {@code default} or {@code com_zuora} */
    public String namespace() {
        return namespace;
    }

    /** @return create, update or delete */
    public String operation() {
        return operation;
    }

    /** @return records processed so far */
    public long recordsProcessed() {
        return recordsProcessed;
    }

    /** @return processing time in milliseconds */
    public long processingTime() {
        return processingTime;
    }

    /** @return when the job was created (simulator clock) */
    public Instant createdDate() {
        return createdDate;
    }

    /** @return when the job last changed (simulator clock) */
    public Instant updatedDate() {
        return updatedDate;
    }

    /** @return the id of the user that created the job (also its UpdatedById) */
    public String createdById() {
        return createdById;
    }

    /** @return the error code of a failed job, {@code null} when none */
    public Integer errorCode() {
        return errorCode;
    }

    /** @return the error message of a failed job, {@code null} when none */
    public String errorMessage() {
        return errorMessage;
    }

    /** @return whether the status is completed, failed or cancelled */
    public boolean isTerminal() {
        return TERMINAL.contains(status);
    }

    /** @return the job as the API renders it, with Zuora's field names and order */
    public String toJson() {
        return Json.text(toNode());
    }

    ObjectNode toNode() {
        ObjectNode node = Json.object();
        node.put("CreatedById", createdById);
        node.put("CreatedDate", Json.timestamp(createdDate));
        node.put("Id", id);
        node.put("UpdatedById", createdById);
        node.put("UpdatedDate", Json.timestamp(updatedDate));
        if (errorCode != null) {
            ObjectNode error = node.putObject("error");
            error.put("code", errorCode);
            error.put("message", errorMessage);
        }
        node.put("namespace", namespace);
        node.put("object", object);
        node.put("operation", operation);
        node.put("processingTime", processingTime);
        node.put("recordsProcessed", recordsProcessed);
        node.put("status", status);
        return node;
    }

    static boolean isTerminal(String status) {
        return TERMINAL.contains(status);
    }

    @Override
    public String toString() {
        return "SimJob" + toJson();
    }
}
