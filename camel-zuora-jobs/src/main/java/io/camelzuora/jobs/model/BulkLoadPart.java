package io.camelzuora.jobs.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One part of a {@code zuora-jobs:load}: a slice of the input's records loaded by one bulk job.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BulkLoadPart {

    private final int index;
    private final String jobId;
    private final long firstRecord;
    private final long lastRecord;
    private final String status;
    private final Long recordsProcessed;
    private final JobError error;

    public BulkLoadPart(int index, String jobId, long firstRecord, long lastRecord, String status,
                        Long recordsProcessed, JobError error) {
        this.index = index;
        this.jobId = jobId;
        this.firstRecord = firstRecord;
        this.lastRecord = lastRecord;
        this.status = status;
        this.recordsProcessed = recordsProcessed;
        this.error = error;
    }

    /** The part's place in the load, from 0. */
    public int getIndex() {
        return index;
    }

    /** The id of the job that loaded the part. */
    public String getJobId() {
        return jobId;
    }

    /** The number of the part's first record in the whole input (data records counted from 1). */
    public long getFirstRecord() {
        return firstRecord;
    }

    /** The number of the part's last record in the whole input. */
    public long getLastRecord() {
        return lastRecord;
    }

    /** The job's status as Zuora spells it: {@code completed}, {@code failed} or {@code cancelled} at the end. */
    public String getStatus() {
        return status;
    }

    /** The records Zuora processed in this part, failed ones included. */
    public Long getRecordsProcessed() {
        return recordsProcessed;
    }

    /** The job's error when it failed, e.g. how many of its records failed. */
    public JobError getError() {
        return error;
    }

    @Override
    public String toString() {
        return "part " + index + " (records " + firstRecord + "-" + lastRecord + ") job " + jobId + " " + status;
    }
}
