package io.camelzuora.jobs.internal.client;

import io.camelzuora.jobs.exception.InvalidCsvException;

/**
 * Checks bytes for well-formed UTF-8 as they pass, without holding them: it remembers only the character it is in the
 * middle of. It refuses what Java's strict decoder refuses: bytes that never occur in UTF-8 (such as Latin-1 accents or
 * a UTF-16 byte order mark), stray or missing continuation bytes, overlong forms, surrogates and code points above
 * U+10FFFF.
 */
final class Utf8Validator {

    private final String source;
    private int pending;
    private int lowest = 0x80;
    private int highest = 0xBF;
    private long offset;
    private long line = 1;
    private int leadByte;
    private long leadOffset;

    /** @param source what the bytes are, for messages, e.g. {@code "the file /in/passengers.csv"} */
    Utf8Validator(String source) {
        this.source = source;
    }

    /** Checks the next bytes; throws {@link InvalidCsvException} naming the offset and line of the first bad byte. */
    void feed(byte[] bytes, int from, int length) {
        for (int i = from; i < from + length; i++) {
            int b = bytes[i] & 0xFF;
            if (pending > 0) {
                if (b < lowest || b > highest) {
                    throw invalid(leadByte, leadOffset);
                }
                pending--;
                lowest = 0x80;
                highest = 0xBF;
            } else if (b >= 0x80) {
                leadByte = b;
                leadOffset = offset;
                lead(b);
            } else if (b == '\n') {
                line++;
            }
            offset++;
        }
    }

    /** Checks that the bytes did not stop in the middle of a character. */
    void finish() {
        if (pending > 0) {
            throw new InvalidCsvException(
                    "The CSV from " + source + " is not UTF-8: it ends in the middle of a"
                                          + " character; Zuora takes UTF-8 files only");
        }
    }

    private void lead(int b) {
        if (b >= 0xC2 && b <= 0xDF) {
            expect(1, 0x80, 0xBF);
        } else if (b == 0xE0) {
            expect(2, 0xA0, 0xBF);
        } else if (b == 0xED) {
            expect(2, 0x80, 0x9F);
        } else if (b >= 0xE1 && b <= 0xEF) {
            expect(2, 0x80, 0xBF);
        } else if (b == 0xF0) {
            expect(3, 0x90, 0xBF);
        } else if (b >= 0xF1 && b <= 0xF3) {
            expect(3, 0x80, 0xBF);
        } else if (b == 0xF4) {
            expect(3, 0x80, 0x8F);
        } else {
            throw invalid(b, offset);
        }
    }

    private void expect(int continuations, int low, int high) {
        pending = continuations;
        lowest = low;
        highest = high;
    }

    /** Names the byte that starts the bad character, so the user finds it where an editor shows it. */
    private InvalidCsvException invalid(int b, long at) {
        return new InvalidCsvException(
                String.format("The CSV from %s is not UTF-8: byte 0x%02X at offset %d (line %d)"
                              + " does not start a valid UTF-8 character; Zuora takes UTF-8"
                              + " files only, so save or convert it as UTF-8",
                        source, b, at, line));
    }
}
