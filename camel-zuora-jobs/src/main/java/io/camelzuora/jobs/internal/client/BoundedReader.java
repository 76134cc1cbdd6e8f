package io.camelzuora.jobs.internal.client;

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
     *
     * @param length the announced {@code Content-Length}, or -1 when unknown
     */
    static byte[] read(InputStream in, long length, boolean gzipped, long cap) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        if (!gzipped && length >= 0 && length <= cap) {
            // the common case, a small plain JSON body: one exact-size array, no copy buffer
            try (in) {
                byte[] body = new byte[(int) length];
                int read = in.readNBytes(body, 0, body.length);
                if (read < length) {
                    throw new IOException("the response body ended after " + read + " of " + length + " bytes");
                }
                return body;
            }
        }
        try (InputStream source = gzipped ? new GZIPInputStream(in, 2048) : in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(length > 0 && length < 65536 ? (int) length * 4 : 4096);
            byte[] buffer = new byte[4096];
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
