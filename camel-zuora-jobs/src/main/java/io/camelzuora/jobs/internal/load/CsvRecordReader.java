package io.camelzuora.jobs.internal.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.camelzuora.jobs.exception.InvalidCsvException;

/**
 * Reads a CSV stream record by record (RFC 4180): a record ends at a line break outside quotes, so a quoted field with
 * line breaks stays in its record. It holds one record at a time and checks each: quotes balanced, no more fields than
 * the header, well-formed UTF-8, and not larger than a part may be. Empty lines are skipped; a UTF-8 byte order mark
 * before the header is dropped.
 */
final class CsvRecordReader implements RecordSource {

    private static final int BUFFER = 64 * 1024;
    private static final byte QUOTE = '"';
    private static final byte COMMA = ',';
    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private enum State {
        FIELD_START,
        UNQUOTED,
        QUOTED,
        QUOTE_IN_QUOTED
    }

    private final InputStream in;
    private final String description;
    private final int maxRecordBytes;
    private final byte[] buffer = new byte[BUFFER];
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private int position;
    private int limit;
    private byte[] record = new byte[256];
    private int length;
    private int fields;
    private int columns = -1;
    private long number;

    /**
     * @param maxRecordBytes the largest record (without its line break) a part can hold next to the header
     */
    CsvRecordReader(InputStream in, String description, int maxRecordBytes) {
        this.in = in;
        this.description = description;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public byte[] header() throws IOException {
        skipByteOrderMark();
        if (!read("the header row")) {
            throw new InvalidCsvException(
                    "The CSV from " + description + " is empty: a load needs a header row and at"
                                          + " least one record; nothing was submitted");
        }
        columns = fields;
        return Arrays.copyOf(record, length);
    }

    @Override
    public CsvRecord next() throws IOException {
        if (columns < 0) {
            throw new IllegalStateException("read the header first");
        }
        String what = "record " + (number + 1);
        if (!read(what)) {
            return null;
        }
        number++;
        if (fields > columns) {
            throw invalid(what, "has " + fields + " fields but the header has " + columns
                                + "; quote a field that contains a comma");
        }
        return new CsvRecord(number, Arrays.copyOf(record, length));
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads the next non-empty record into {@link #record}; {@code false} at the end of the input. */
    private boolean read(String what) throws IOException {
        do {
            length = 0;
            fields = 1;
            State state = State.FIELD_START;
            int b;
            while ((b = nextByte()) >= 0) {
                if (state == State.QUOTED) {
                    state = b == QUOTE ? State.QUOTE_IN_QUOTED : State.QUOTED;
                } else if (b == CR || b == LF) {
                    if (b == CR && peekByte() == LF) {
                        nextByte();
                    }
                    break;
                } else if (b == COMMA) {
                    fields++;
                    state = State.FIELD_START;
                } else if (b == QUOTE && state == State.FIELD_START) {
                    state = State.QUOTED;
                } else if (b == QUOTE && state == State.QUOTE_IN_QUOTED) {
                    state = State.QUOTED;
                } else if (state == State.QUOTE_IN_QUOTED) {
                    throw invalid(what, "has unbalanced quotes: text follows the closing quote of field " + fields
                                        + "; a quote inside a quoted field is written twice (\"\")");
                } else if (b == QUOTE) {
                    throw invalid(what, "has unbalanced quotes: a quote inside the unquoted field " + fields
                                        + "; quote the whole field and write the quote twice (\"\")");
                } else {
                    state = State.UNQUOTED;
                }
                append(what, b);
            }
            if (state == State.QUOTED) {
                throw invalid(what, "has unbalanced quotes: the quote that opens field " + fields
                                    + " is never closed before the end of the input");
            }
            if (b < 0 && length == 0) {
                return false;
            }
        } while (length == 0);
        checkUtf8(what);
        return true;
    }

    private void append(String what, int b) {
        if (length == maxRecordBytes) {
            throw invalid(what, "is larger than " + maxRecordBytes + " bytes (partSize); raise partSize (at most 15 MB) or"
                                + " shorten the record");
        }
        if (length == record.length) {
            record = Arrays.copyOf(record, (int) Math.min((long) record.length * 2, maxRecordBytes));
        }
        record[length++] = (byte) b;
    }

    private void checkUtf8(String what) {
        try {
            utf8.reset().decode(ByteBuffer.wrap(record, 0, length));
        } catch (CharacterCodingException e) {
            throw invalid(what, "is not UTF-8 (" + e.getMessage() + "); Zuora takes UTF-8 only, so save or convert"
                                + " the input as UTF-8");
        }
    }

    private void skipByteOrderMark() throws IOException {
        if (fill() && limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB
                && (buffer[2] & 0xFF) == 0xBF) {
            position = 3;
        }
    }

    private InvalidCsvException invalid(String what, String problem) {
        return new InvalidCsvException("The CSV from " + description + ": " + what + " " + problem);
    }

    private int nextByte() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xFF;
    }

    private int peekByte() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position] & 0xFF;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        while (n == 0) {
            n = in.read(buffer);
        }
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
