package io.camelzuora.simulator;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ArrayNode;

/** The mutable state of one job. Only the {@link JobEngine} touches it, under its lock. */
final class JobState {

    final String id;
    /** Creation order; list pages are sorted on it, newest first. */
    final long sequence;
    final String namespace;
    final String object;
    final String operation;
    final String createdById;
    final Instant createdDate;
    final DeleteFilter filter;

    String status;
    Instant updatedDate;
    long recordsProcessed;
    long processingTime;
    Integer errorCode;
    String errorMessage;
    /** Bumped on every status change so that transitions scheduled for an older state are dropped. */
    long epoch;
    UploadedFile file;
    ArrayNode rowErrors = Json.MAPPER.createArrayNode();

    JobState(String id, long sequence, String namespace, String object, String operation, String createdById,
             Instant createdDate, DeleteFilter filter) {
        this.id = id;
        this.sequence = sequence;
        this.namespace = namespace;
        this.object = object;
        this.operation = operation;
        this.createdById = createdById;
        this.createdDate = createdDate;
        this.updatedDate = createdDate;
        this.filter = filter;
    }

    void fail(int code, String message) {
        this.errorCode = code;
        this.errorMessage = message;
    }

    SimJob snapshot() {
        return new SimJob(this);
    }
}
