package io.camelzuora.jobs.internal.load;

import java.io.Closeable;
import java.io.IOException;

import io.camelzuora.jobs.exception.InvalidCsvException;

/** Where a load reads its records from, one at a time: a CSV stream or a sequence of maps. */
interface RecordSource extends Closeable {

    /**
     * The header row as UTF-8 CSV without its line break.
     *
     * @throws InvalidCsvException when the input is empty or its header is not valid
     */
    byte[] header() throws IOException;

    /**
     * The next data record, or {@code null} after the last.
     *
     * @throws InvalidCsvException naming the record's number and what is wrong with it
     */
    CsvRecord next() throws IOException;

    /** What the input is, for messages, e.g. {@code "the file /in/passengers.csv"}. */
    String description();
}
