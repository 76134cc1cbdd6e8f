package io.camelzuora.jobs.internal.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

import io.camelzuora.jobs.exception.InvalidCsvException;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;

/**
 * Streams a {@link CsvUpload} to Zuora, optionally gzipped, and checks it on the way: it counts the bytes and
 * decode-checks them as UTF-8. At the first byte past 15 MB, the first byte that is not UTF-8, a file whose size
 * changed since it was checked, or any failure to read the source, it aborts the HTTP exchange (the connection is
 * closed before the body is complete) and throws, so Zuora never receives a complete request.
 */
final class CsvEntity extends AbstractHttpEntity {

    private static final int BUFFER = 16 * 1024;

    private final CsvUpload upload;
    private final boolean gzip;
    private volatile Runnable abort = () -> {
    };

    CsvEntity(CsvUpload upload, boolean gzip) {
        super("text/csv", gzip ? "gzip" : null, gzip || upload.size() < 0);
        this.upload = upload;
        this.gzip = gzip;
    }

    /** How to end the exchange when the body cannot be sent whole. */
    void abortWith(Runnable abort) {
        this.abort = abort;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        try {
            send(out);
        } catch (IOException | RuntimeException failed) {
            // Without this, HttpClient would end the body (the closing chunk) and the server would take the bytes
            // sent so far as a complete file.
            abort.run();
            throw failed;
        }
    }

    private void send(OutputStream out) throws IOException {
        Utf8Validator validator = new Utf8Validator(upload.source());
        try (InputStream in = upload.open()) {
            OutputStream target = gzip ? new GZIPOutputStream(out, BUFFER) : out;
            byte[] buffer = new byte[BUFFER];
            long sent = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sent += n;
                if (sent > CsvUpload.MAX_BYTES) {
                    throw tooLarge();
                }
                if (upload.size() >= 0 && sent > upload.size()) {
                    throw changedSize(sent + " bytes or more");
                }
                validator.feed(buffer, 0, n);
                target.write(buffer, 0, n);
            }
            if (upload.size() >= 0 && sent != upload.size()) {
                throw changedSize(sent + " bytes");
            }
            validator.finish();
            if (gzip) {
                ((GZIPOutputStream) target).finish();
            }
        }
    }

    private InvalidCsvException changedSize(String now) {
        return new InvalidCsvException(
                "The CSV from " + upload.source() + " changed while it was sent: it was "
                                       + upload.size() + " bytes when checked and is now " + now
                                       + "; the upload was aborted: upload it again once it is no longer written to");
    }

    private InvalidCsvException tooLarge() {
        return new InvalidCsvException(
                "The CSV from " + upload.source() + " is larger than " + CsvUpload.MAX_BYTES
                                       + " bytes (15 MB), Zuora's limit per job file; the upload was aborted: split it"
                                       + " into several jobs");
    }

    @Override
    public InputStream getContent() throws IOException {
        return upload.open();
    }

    @Override
    public long getContentLength() {
        return gzip ? -1 : upload.size();
    }

    @Override
    public boolean isRepeatable() {
        return upload.isRepeatable();
    }

    @Override
    public boolean isStreaming() {
        return !upload.isRepeatable();
    }

    @Override
    public void close() {
        // the stream is opened and closed by each writeTo
    }
}
