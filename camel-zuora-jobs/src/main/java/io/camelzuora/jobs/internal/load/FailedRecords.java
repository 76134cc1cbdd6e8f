package io.camelzuora.jobs.internal.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camelzuora.jobs.model.JobRowError;
import io.camelzuora.jobs.model.LoadRowError;

/**
 * Turns a part's row errors into errors of the whole input: Zuora numbers a file's rows with the header as row 1, so
 * row {@code r} of a part is its record {@code r - 1}, the input's record {@code firstRecord + r - 2}. Each error gets
 * the record as it was in the input, read back from the part's file.
 */
final class FailedRecords {

    private FailedRecords() {
    }

    static List<LoadRowError> of(SpooledPart part, String jobId, List<JobRowError> rows) throws IOException {
        Map<Long, String> records = new HashMap<>();
        for (JobRowError row : rows) {
            if (row.getRow() != null) {
                records.put((long) row.getRow() - 1, null);
            }
        }
        try (InputStream in = Files.newInputStream(part.file());
             CsvRecordReader reader = new CsvRecordReader(in, "the part file " + part.file(), (int) part.bytes())) {
            reader.header();
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                if (records.containsKey(record.number())) {
                    records.put(record.number(), new String(record.bytes(), StandardCharsets.UTF_8));
                }
            }
        }
        List<LoadRowError> errors = new ArrayList<>(rows.size());
        for (JobRowError row : rows) {
            long inPart = row.getRow() == null ? 0 : row.getRow() - 1;
            long number = inPart >= 1 && inPart <= part.records() ? part.firstRecord() + inPart - 1 : 0;
            errors.add(new LoadRowError(
                    number, part.index(), jobId, row.getCode(), row.getMessage(), row.getRecord(),
                    records.get(inPart)));
        }
        return errors;
    }
}
