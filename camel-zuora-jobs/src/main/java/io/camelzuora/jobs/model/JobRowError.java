package io.camelzuora.jobs.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One row of a job's CSV that Zuora could not process: its error and the record as Zuora read it. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class JobRowError {

    private Long code;
    private String message;
    private Integer row;
    private ErrorRecord record;

    /** Zuora's error code for the row. */
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

    /** The CSV row, counting the header line as row 1 (so the first data row is row 2). */
    public Integer getRow() {
        return row;
    }

    public void setRow(Integer row) {
        this.row = row;
    }

    public ErrorRecord getRecord() {
        return record;
    }

    public void setRecord(ErrorRecord record) {
        this.record = record;
    }

    @Override
    public String toString() {
        return "JobRowError[row " + row + ": " + code + " " + message + "]";
    }
}
