package io.camelzuora.jobs.state;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The lines of an {@link AtomicFileStateRepository} file: {@code <crc32 as 8 hex digits> <key>=<value>\n} in UTF-8, the
 * checksum taken over {@code <key>=<value>}. A later line for a key replaces an earlier one. A line that a crash cut
 * short, or that the disk did not keep as written, fails its checksum and is skipped, so every key reads back as a
 * value that was completely written.
 */
final class StateFileFormat {

    private static final int CRC_DIGITS = 8;
    private static final HexFormat HEX = HexFormat.of();

    private StateFileFormat() {
    }

    /** The entries of a state file and what was skipped: lines that failed their checksum, and a tail with no end. */
    record Contents(Map<String, String> entries, int damagedLines, boolean tornTail) {

        boolean damaged() {
            return damagedLines > 0 || tornTail;
        }
    }

    static void checkEntry(String key, String value) {
        if (key.isEmpty() || key.indexOf('=') >= 0 || hasLineBreak(key)) {
            throw new IllegalArgumentException(
                    "Invalid state key '" + key
                                               + "': it must be non-empty, without '=' and without line breaks");
        }
        if (hasLineBreak(value)) {
            throw new IllegalArgumentException(
                    "Invalid state value for key '" + key
                                               + "': it must have no line breaks");
        }
    }

    private static boolean hasLineBreak(String text) {
        return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    }

    static byte[] encode(String key, String value) {
        byte[] entry = (key + '=' + value).getBytes(StandardCharsets.UTF_8);
        byte[] line = new byte[CRC_DIGITS + 1 + entry.length + 1];
        byte[] crc = HEX.toHexDigits((int) crc(entry, 0, entry.length)).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(crc, 0, line, 0, CRC_DIGITS);
        line[CRC_DIGITS] = ' ';
        System.arraycopy(entry, 0, line, CRC_DIGITS + 1, entry.length);
        line[line.length - 1] = '\n';
        return line;
    }

    static Contents parse(byte[] file) {
        Map<String, String> entries = new HashMap<>();
        int damaged = 0;
        int start = 0;
        for (int end = indexOf(file, start); end >= 0; start = end + 1, end = indexOf(file, start)) {
            if (!parseLine(file, start, end, entries)) {
                damaged++;
            }
        }
        return new Contents(entries, damaged, start < file.length);
    }

    private static boolean parseLine(byte[] file, int start, int end, Map<String, String> entries) {
        int entryStart = start + CRC_DIGITS + 1;
        if (entryStart > end || file[start + CRC_DIGITS] != ' ') {
            return false;
        }
        String digits = new String(file, start, CRC_DIGITS, StandardCharsets.US_ASCII);
        if (!digits.chars().allMatch(HexFormat::isHexDigit)
                || HexFormat.fromHexDigits(digits) != (int) crc(file, entryStart, end - entryStart)) {
            return false;
        }
        String entry;
        try {
            entry = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file, entryStart, end - entryStart)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        int separator = entry.indexOf('=');
        if (separator <= 0) {
            return false;
        }
        entries.put(entry.substring(0, separator), entry.substring(separator + 1));
        return true;
    }

    private static int indexOf(byte[] file, int from) {
        for (int i = from; i < file.length; i++) {
            if (file[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static long crc(byte[] bytes, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return crc.getValue();
    }
}
