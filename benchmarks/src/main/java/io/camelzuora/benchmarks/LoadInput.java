package io.camelzuora.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A CSV of passenger records in a temporary file, deleted on close. Every record is {@value #RECORD_BYTES} bytes with
 * its line break, so a part's record count follows from its size and the simulator's processing time from the bytes.
 *
 * @param records the data records, the header not counted
 * @param bytes   the file's size
 */
record LoadInput(Path file, long records, long bytes) implements AutoCloseable {

    static final String HEADER = "name__c,age__c,flight__c";
    static final int RECORD_BYTES = 100;

    /** Writes as many records as fit in {@code targetBytes} with the header. */
    static LoadInput generate(long targetBytes) throws IOException {
        Path file = Files.createTempFile("zuora-load-", ".csv");
        byte[] header = (HEADER + "\n").getBytes(StandardCharsets.US_ASCII);
        long records = (targetBytes - header.length) / RECORD_BYTES;
        byte[] line = new byte[RECORD_BYTES];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(header);
            for (long n = 1; n <= records; n++) {
                fill(line, n);
                out.write(line);
            }
        }
        return new LoadInput(file, records, Files.size(file));
    }

    private static final byte[] NAME = "Passenger ".getBytes(StandardCharsets.US_ASCII);

    /** {@code Passenger 0000000042 xxx...,60,ZU042}: a name padded to the record size, an age and a flight. */
    private static void fill(byte[] line, long n) {
        Arrays.fill(line, (byte) 'x');
        System.arraycopy(NAME, 0, line, 0, NAME.length);
        digits(line, NAME.length, 10, n);
        line[NAME.length + 10] = ' ';
        int end = RECORD_BYTES - 1;
        line[end] = '\n';
        digits(line, end - 3, 3, n % 1000);
        line[end - 5] = 'Z';
        line[end - 4] = 'U';
        line[end - 6] = ',';
        digits(line, end - 8, 2, 18 + n % 82);
        line[end - 9] = ',';
    }

    /** Writes {@code value} as {@code width} decimal digits, zero-padded, at {@code offset}. */
    private static void digits(byte[] line, int offset, int width, long value) {
        for (int i = offset + width - 1; i >= offset; i--) {
            line[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    /** The size as a reader says it: {@code 100 MB}, {@code 1 GB}, {@code 195 KB}. */
    static String describe(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GB";
        }
        if (bytes >= 1L << 20) {
            return Math.round(bytes / (double) (1L << 20)) + " MB";
        }
        return Math.round(bytes / 1024.0) + " KB";
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
