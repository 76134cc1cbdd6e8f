package io.camelzuora.jobs.internal.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One part of a load, written to a temporary file: the header and the records {@code firstRecord} to {@code lastRecord}
 * of the input. The file is kept until the part's job has ended, to read its failed records back.
 *
 * @param index the part's place in the load, from 0
 */
record SpooledPart(int index, long firstRecord, long lastRecord, Path file, long bytes) {

    long records() {
        return lastRecord - firstRecord + 1;
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the load part " + file + ": " + e.getMessage(), e);
        }
    }
}
