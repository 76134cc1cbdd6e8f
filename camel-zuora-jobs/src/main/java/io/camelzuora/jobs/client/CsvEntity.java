package io.camelzuora.jobs.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;

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
                if (sent > CsvUpload.MAX_BYTES) {
                    throw new InvalidCsvException("The CSV from " + upload.source() + " is larger than "
                                                  + CsvUpload.MAX_BYTES + " bytes (15 MB), Zuora's limit per job"
                                                  + " file; the upload was aborted: split it into several jobs");
                }
                validator.feed(buffer, 0, n);
                target.write(buffer, 0, n);
            }
            validator.finish();
            if (gzip) {
                ((GZIPOutputStream) target).finish();
            }
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
