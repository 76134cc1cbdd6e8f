package io.camelzuora.jobs.model;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of a {@code zuora-jobs:load}: the load as a whole, each part's job, and every record Zuora refused with
 * its number in the whole input. {@link #writeFailedRecords(Writer)} writes the refused records as a CSV with the
 * header, ready to correct and load again.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BulkLoadResult {

    /** The status of a load whose every part completed without a refused record. */
    public static final String COMPLETED = "completed";
    /** The status of a load with a refused record or a part that did not complete. */
    public static final String FAILED = "failed";

    private final String loadId;
    private final String object;
    private final String operation;
    private final String status;
    private final long recordsRead;
    private final long recordsProcessed;
    private final long recordsFailed;
    private final List<BulkLoadPart> parts;
    private final List<LoadRowError> rowErrors;
    private final String header;

    public BulkLoadResult(String loadId, String object, String operation, long recordsRead, long recordsProcessed,
                          List<BulkLoadPart> parts, List<LoadRowError> rowErrors, String header) {
        this.loadId = loadId;
        this.object = object;
        this.operation = operation;
        this.recordsRead = recordsRead;
        this.recordsProcessed = recordsProcessed;
        this.recordsFailed = rowErrors.size();
        this.parts = List.copyOf(parts);
        this.rowErrors = List.copyOf(rowErrors);
        this.header = header;
        this.status = rowErrors.isEmpty() && parts.stream().allMatch(p -> COMPLETED.equals(p.getStatus()))
                ? COMPLETED : FAILED;
    }

    /** The load's id: the {@code CamelZuoraLoadId} header, given or generated. */
    public String getLoadId() {
        return loadId;
    }

    /** The custom object loaded, e.g. {@code passenger}. */
    public String getObject() {
        return object;
    }

    /** {@code create}, {@code update} or {@code delete}. */
    public String getOperation() {
        return operation;
    }

    /** {@code completed} when every part completed and no record was refused, otherwise {@code failed}. */
    public String getStatus() {
        return status;
    }

    /** The data records read from the input. */
    public long getRecordsRead() {
        return recordsRead;
    }

    /** The records Zuora processed over all parts, refused ones included. */
    public long getRecordsProcessed() {
        return recordsProcessed;
    }

    /** The records Zuora refused: the size of {@link #getRowErrors()}. */
    public long getRecordsFailed() {
        return recordsFailed;
    }

    /** The parts in input order, each with its job. */
    public List<BulkLoadPart> getParts() {
        return parts;
    }

    /** The refused records of every part, in input order. */
    public List<LoadRowError> getRowErrors() {
        return rowErrors;
    }

    /** The input's header row as CSV. */
    public String getHeader() {
        return header;
    }

    /** Whether the load completed: every part completed and no record was refused. */
    @JsonIgnore
    public boolean isCompleted() {
        return COMPLETED.equals(status);
    }

    /** The job ids of the parts, in part order. */
    @JsonIgnore
    public List<String> getJobIds() {
        return parts.stream().map(BulkLoadPart::getJobId).toList();
    }

    /**
     * Writes the refused records as CSV: the header row, then each refused record as it was in the input, in input
     * order, lines ending with CRLF. Correct them and load the file again.
     */
    public void writeFailedRecords(Writer out) throws IOException {
        out.write(header);
        out.write("\r\n");
        for (LoadRowError error : rowErrors) {
            if (error.getCsvRecord() != null) {
                out.write(error.getCsvRecord());
                out.write("\r\n");
            }
        }
    }

    /** The refused records as CSV text with the header, as {@link #writeFailedRecords(Writer)} writes them. */
    @JsonIgnore
    public String getFailedRecordsCsv() {
        StringWriter text = new StringWriter();
        try {
            writeFailedRecords(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "load " + loadId + " of " + object + " (" + operation + ") " + status + ": " + recordsRead
               + " records read, " + recordsProcessed + " processed, " + recordsFailed + " failed, in " + parts.size()
               + " parts";
    }
}
