package io.camelzuora.jobs.internal.client;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.camelzuora.jobs.exception.InvalidCsvException;

/**
 * A CSV file to upload to a job, read from where it is (a file, bytes, text or a stream) as it is sent, never held
 * whole in memory by the component. Knows its size when the source does, and whether it can be sent again for a retry
 * (everything but a stream).
 */
public final class CsvUpload {

    /** Zuora's limit for one job file: 15 MB. */
    public static final long MAX_BYTES = 15L * 1024 * 1024;
    /** How much of a file or stream is checked for UTF-8 before anything is sent. */
    static final int LEADING_BYTES = 64 * 1024;

    private final String source;
    private final long size;
    private final boolean repeatable;
    private final Opener opener;

    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    private CsvUpload(String source, long size, boolean repeatable, Opener opener) {
        this.source = source;
        this.size = size;
        this.repeatable = repeatable;
        this.opener = opener;
    }

    /** The file at this path, read as it is sent; repeatable. */
    public static CsvUpload of(Path path) {
        try {
            return new CsvUpload("the file " + path, Files.size(path), true, () -> Files.newInputStream(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CSV file " + path + ": " + e.getMessage(), e);
        }
    }

    /** These bytes, which must be UTF-8; repeatable. */
    public static CsvUpload of(byte[] bytes) {
        return new CsvUpload("the byte array body", bytes.length, true, () -> new ByteArrayInputStream(bytes));
    }

    /** This text, sent encoded as UTF-8; repeatable. */
    public static CsvUpload of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * This stream, read once as it is sent; its size is unknown until then, so it cannot be retried and the size limit
     * is enforced while sending.
     */
    public static CsvUpload of(InputStream stream) {
        BufferedInputStream buffered = new BufferedInputStream(stream, LEADING_BYTES);
        return new CsvUpload("the input stream body", -1, false, () -> buffered);
    }

    /** Where the CSV comes from, for messages. */
    public String source() {
        return source;
    }

    /** The size in bytes, or -1 when unknown until sent. */
    public long size() {
        return size;
    }

    /** Whether it can be sent again, so the upload may be retried. */
    public boolean isRepeatable() {
        return repeatable;
    }

    /**
     * What can be checked before sending: a known size within 1 byte to 15 MB, and UTF-8 of the first 64 KB (of the
     * whole content when it is smaller; a stream is peeked at and put back). The rest is checked while it is sent.
     */
    void checkBeforeSending() {
        if (size > MAX_BYTES) {
            throw new InvalidCsvException(
                    "The CSV from " + source + " is " + size + " bytes; Zuora takes at most "
                                          + MAX_BYTES + " bytes (15 MB) per job file: split it into several jobs");
        }
        if (size == 0) {
            throw new InvalidCsvException("The CSV from " + source + " is empty; Zuora needs at least a header row");
        }
        try {
            InputStream in = opener.open();
            boolean whole = size >= 0 && size <= LEADING_BYTES;
            if (in.markSupported()) {
                in.mark(LEADING_BYTES);
            }
            byte[] leading = in.readNBytes(LEADING_BYTES);
            if (in.markSupported()) {
                in.reset();
            } else {
                in.close();
            }
            if (size < 0 && leading.length == 0) {
                throw new InvalidCsvException("The CSV from " + source + " is empty; Zuora needs at least a header row");
            }
            Utf8Validator validator = new Utf8Validator(source);
            validator.feed(leading, 0, leading.length);
            if (whole) {
                validator.finish();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CSV from " + source + ": " + e.getMessage(), e);
        }
    }

    InputStream open() throws IOException {
        return opener.open();
    }
}
