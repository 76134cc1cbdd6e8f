package io.camelzuora.jobs.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Reads response bodies into memory without ever holding more than a cap, inflating gzip within the same cap. */
final class BoundedReader {

    private BoundedReader() {
    }

    /**
     * Reads the stream whole. With {@code gzipped} the bytes are inflated as they are read, so a small compressed body
     * that inflates to gigabytes (a gzip bomb) stops at the cap instead of filling the heap.
     */
    static byte[] read(InputStream in, boolean gzipped, long cap) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        try (InputStream source = gzipped ? new GZIPInputStream(in, 8192) : in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(gzipped ? 8192 : 1024);
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while ((n = source.read(buffer)) != -1) {
                total += n;
                if (total > cap) {
                    throw new ResponseTooLargeException(cap);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
