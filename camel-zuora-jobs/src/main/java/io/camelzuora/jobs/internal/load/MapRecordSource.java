package io.camelzuora.jobs.internal.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelzuora.jobs.exception.InvalidCsvException;

/**
 * Writes records given as maps as CSV, one at a time: the columns are the keys of the first record, in its iteration
 * order, and every later record must have the same keys. A value is written as its text ({@code null} as empty) and
 * quoted when it holds a comma, a quote or a line break (RFC 4180).
 */
final class MapRecordSource implements RecordSource {

    private final Iterator<?> records;
    private final AutoCloseable onClose;
    private final String description;
    private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private List<String> columns;
    private Set<String> keys;
    private Map<?, ?> first;
    private long number;

    /**
     * @param onClose what to close when the load ends (a {@code Stream}), or {@code null}
     */
    MapRecordSource(Iterator<?> records, AutoCloseable onClose, String description) {
        this.records = records;
        this.onClose = onClose;
        this.description = description;
    }

    @Override
    public byte[] header() {
        if (!records.hasNext()) {
            throw new InvalidCsvException(
                    "The records of " + description + " are empty: a load needs at least one"
                                          + " record; nothing was submitted");
        }
        first = map(records.next(), 1);
        columns = new ArrayList<>();
        for (Object key : first.keySet()) {
            if (!(key instanceof String name) || name.isBlank()) {
                throw invalid(1, "has the key " + key + "; the keys are the column names, so they must be non-blank"
                                 + " strings");
            }
            columns.add(name);
        }
        if (columns.isEmpty()) {
            throw invalid(1, "has no keys; the keys of the first record are the columns of the load");
        }
        keys = new LinkedHashSet<>(columns);
        return line(columns, "the header");
    }

    @Override
    public CsvRecord next() {
        Map<?, ?> record;
        if (first != null) {
            record = first;
            first = null;
        } else if (records.hasNext()) {
            record = map(records.next(), number + 1);
        } else {
            return null;
        }
        number++;
        if (!keys.equals(record.keySet())) {
            throw invalid(number, "has the keys " + record.keySet() + " but the first record has " + keys
                                  + "; every record needs the same keys (use null for an empty value)");
        }
        List<Object> values = new ArrayList<>(columns.size());
        for (String column : columns) {
            values.add(record.get(column));
        }
        return new CsvRecord(number, line(values, "record " + number));
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() {
        if (onClose != null) {
            try {
                onClose.close();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot close the records of " + description + ": " + e.getMessage(), e);
            }
        }
    }

    private Map<?, ?> map(Object element, long at) {
        if (element instanceof Map<?, ?> map) {
            return map;
        }
        throw invalid(at, "is a " + (element == null ? "null" : element.getClass().getName())
                          + ", not a Map of column name to value");
    }

    private byte[] line(List<?> values, String what) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            Object value = values.get(i);
            appendField(text, value == null ? "" : value.toString());
        }
        try {
            ByteBuffer encoded = utf8.reset().encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new InvalidCsvException(
                    "The records of " + description + ": " + what + " holds text that is not"
                                          + " valid Unicode (" + e.getMessage() + ") and cannot be written as UTF-8");
        }
    }

    private static void appendField(StringBuilder text, String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        if (!quote) {
            text.append(value);
            return;
        }
        text.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    private InvalidCsvException invalid(long record, String problem) {
        return new InvalidCsvException("The records of " + description + ": record " + record + " " + problem);
    }
}
