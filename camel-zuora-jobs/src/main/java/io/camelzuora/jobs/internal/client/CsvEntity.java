package io.camelzuora.jobs.internal.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;
import io.camelzuora.jobs.exception.InvalidCsvException;

/**
 * Streams a {@link CsvUpload} to Zuora, optionally gzipped, and checks it on the way: it counts the bytes and
 * decode-checks them as UTF-8, and aborts the request (throwing {@link InvalidCsvException}) at the first byte past
 * 15 MB or the first byte that is not UTF-8, so Zuora never receives a complete file it would refuse.
 */
final class CsvEntity extends AbstractHttpEntity {

    private static final int BUFFER = 16 * 1024;

    private final CsvUpload upload;
    private final boolean gzip;

    CsvEntity(CsvUpload upload, boolean gzip) {
        super("text/csv", gzip ? "gzip" : null, gzip || upload.size() < 0);
        this.upload = upload;
        this.gzip = gzip;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        Utf8Validator validator = new Utf8Validator(upload.source());
        try (InputStream in = upload.open()) {
            OutputStream target = gzip ? new GZIPOutputStream(out, BUFFER) : out;
            byte[] buffer = new byte[BUFFER];
            long sent = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sent += n;
                InvalidCsvException refusal = sent > CsvUpload.MAX_BYTES ? tooLarge() : check(validator, buffer, n);
                // The offending bytes are sent too: HttpClient ends a chunked body with its closing chunk even when
                // the entity fails, so without them Zuora would receive the part sent so far as a complete file.
                // With them, what arrives is over 15 MB or not UTF-8, and Zuora refuses it.
                target.write(buffer, 0, n);
                if (refusal != null) {
                    target.flush();
                    throw refusal;
                }
            }
            validator.finish();
            if (gzip) {
                ((GZIPOutputStream) target).finish();
            }
        }
    }

    private InvalidCsvException tooLarge() {
        return new InvalidCsvException("The CSV from " + upload.source() + " is larger than " + CsvUpload.MAX_BYTES
                                       + " bytes (15 MB), Zuora's limit per job file; the upload was aborted: split it"
                                       + " into several jobs");
    }

    private static InvalidCsvException check(Utf8Validator validator, byte[] buffer, int length) {
        try {
            validator.feed(buffer, 0, length);
            return null;
        } catch (InvalidCsvException notUtf8) {
            return notUtf8;
        }
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
