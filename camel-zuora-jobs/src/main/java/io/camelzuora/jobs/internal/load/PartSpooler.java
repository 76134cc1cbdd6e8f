package io.camelzuora.jobs.internal.load;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.camelzuora.jobs.exception.InvalidCsvException;

/**
 * Cuts the records of a load into parts of at most {@code partSize} bytes, each the header followed by whole records,
 * and writes each part to a temporary file as it reads. It holds one record in memory: the one that did not fit into
 * the previous part and starts the next.
 */
final class PartSpooler implements Closeable {

    private static final byte[] LINE_BREAK = { '\r', '\n' };

    private final RecordSource source;
    private final int partSize;
    private final Path directory;
    private byte[] header;
    private CsvRecord carried;
    private int nextIndex;
    private boolean exhausted;

    /**
     * @param directory where the part files go, or {@code null} for the system's temporary directory
     */
    PartSpooler(RecordSource source, int partSize, Path directory) {
        this.source = source;
        this.partSize = partSize;
        this.directory = directory;
    }

    /** The header row, read from the source on first use. */
    byte[] header() throws IOException {
        if (header == null) {
            header = source.header();
            if (header.length + LINE_BREAK.length > partSize) {
                throw new InvalidCsvException(
                        "The input " + source.description() + ": the header row is "
                                              + header.length + " bytes, more than partSize (" + partSize + " bytes)");
            }
        }
        return header;
    }

    /**
     * Reads and writes the next part.
     *
     * @return                     the part, or {@code null} when every record has been written
     * @throws InvalidCsvException naming the bad record; the part it would have gone into is not returned
     */
    SpooledPart next() throws IOException {
        byte[] head = header();
        if (exhausted) {
            return null;
        }
        CsvRecord first = carried != null ? carried : source.next();
        carried = null;
        if (first == null) {
            exhausted = true;
            if (nextIndex == 0) {
                throw new InvalidCsvException(
                        "The input " + source.description() + " has a header row but no records;"
                                              + " nothing was submitted");
            }
            return null;
        }
        Path file = directory == null
                ? Files.createTempFile("zuora-load-", ".csv")
                : Files.createTempFile(directory, "zuora-load-", ".csv");
        boolean written = false;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            long size = write(out, head);
            checkFits(first, size);
            size += write(out, first.bytes());
            long last = first.number();
            for (CsvRecord record = source.next(); record != null; record = source.next()) {
                if (size + record.bytes().length + LINE_BREAK.length > partSize) {
                    checkFits(record, head.length + LINE_BREAK.length);
                    carried = record;
                    break;
                }
                size += write(out, record.bytes());
                last = record.number();
            }
            exhausted = carried == null;
            written = true;
            return new SpooledPart(nextIndex++, first.number(), last, file, size);
        } finally {
            if (!written) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void checkFits(CsvRecord record, long headerSize) {
        if (headerSize + record.bytes().length + LINE_BREAK.length > partSize) {
            throw new InvalidCsvException(
                    "The input " + source.description() + ": record " + record.number() + " is "
                                          + record.bytes().length + " bytes; with the header row (" + headerSize
                                          + " bytes) it does not fit into a part of partSize " + partSize
                                          + " bytes: raise partSize (at most 15 MB) or shorten the record");
        }
    }

    private static long write(OutputStream out, byte[] line) throws IOException {
        out.write(line);
        out.write(LINE_BREAK);
        return line.length + LINE_BREAK.length;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
