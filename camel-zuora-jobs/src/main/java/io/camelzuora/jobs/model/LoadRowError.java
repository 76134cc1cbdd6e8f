package io.camelzuora.jobs.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A record of a {@code zuora-jobs:load} that Zuora refused: where it is in the whole input, Zuora's message, the record
 * as Zuora echoed it, and the record as it was in the input.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class LoadRowError {

    private final long recordNumber;
    private final int part;
    private final String jobId;
    private final Long code;
    private final String message;
    private final ErrorRecord record;
    private final String csvRecord;

    public LoadRowError(long recordNumber, int part, String jobId, Long code, String message, ErrorRecord record,
                        String csvRecord) {
        this.recordNumber = recordNumber;
        this.part = part;
        this.jobId = jobId;
        this.code = code;
        this.message = message;
        this.record = record;
        this.csvRecord = csvRecord;
    }

    /** The record's number in the whole input, data records counted from 1 (the header is not counted). */
    public long getRecordNumber() {
        return recordNumber;
    }

    /** The index of the part the record was loaded in. */
    public int getPart() {
        return part;
    }

    /** The job that refused the record. */
    public String getJobId() {
        return jobId;
    }

    /** Zuora's error code, e.g. {@code 71012520}. */
    public Long getCode() {
        return code;
    }

    /** Zuora's message: what is wrong with the record. */
    public String getMessage() {
        return message;
    }

    /** The record as Zuora echoed it in the job's errors. */
    public ErrorRecord getRecord() {
        return record;
    }

    /** The record as it was in the input, one CSV record without its line break (a quoted field may hold some). */
    public String getCsvRecord() {
        return csvRecord;
    }

    @Override
    public String toString() {
        return "record " + recordNumber + ": " + code + " " + message;
    }
}
