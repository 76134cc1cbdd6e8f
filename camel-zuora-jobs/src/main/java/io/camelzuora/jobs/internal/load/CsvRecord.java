package io.camelzuora.jobs.internal.load;

/**
 * One data record of a load's input, as the CSV bytes that go into a part.
 *
 * @param number the record's number in the whole input, data records counted from 1 (the header is not one)
 * @param bytes  the record as UTF-8 CSV, without its line break; a quoted field may hold line breaks of its own
 */
record CsvRecord(long number, byte[] bytes) {
}
