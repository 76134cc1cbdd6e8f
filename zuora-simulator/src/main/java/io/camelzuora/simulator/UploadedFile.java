package io.camelzuora.simulator;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The CSV file uploaded to a job, checked as Zuora checks it on upload: size, encoding and header. Data rows are
 * checked later, when the job is processed.
 *
 * @param header the column names, in file order
 * @param rows   the data rows (the header excluded)
 */
record UploadedFile(List<String> header, List<List<String>> rows) {

    /** Zuora's limit for one job file. */
    static final int MAX_BYTES = 15 * 1024 * 1024;

    /**
     * Reads and validates a file for a job of {@code operation} on {@code schema}.
     *
     * @throws ApiError 400 with a 710136xx (file) or 710137xx (header) code when the file is refused
     */
    static UploadedFile read(byte[] body, ObjectSchema schema, String operation) {
        if (body.length > MAX_BYTES) {
            throw ApiError.badRequest(ErrorCodes.FILE_INVALID,
                    "The file is " + body.length + " bytes; the limit is " + MAX_BYTES + " bytes (15 MB).");
        }
        List<List<String>> lines = CsvParser.parse(utf8(body));
        if (lines.isEmpty()) {
            throw ApiError.badRequest(ErrorCodes.FILE_HEADERS_INVALID, "The file is empty; it needs a header row.");
        }
        List<String> header = lines.get(0).stream().map(String::trim).toList();
        checkHeader(header, schema, operation);
        return new UploadedFile(header, lines.subList(1, lines.size()));
    }

    private static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ApiError.badRequest(ErrorCodes.FILE_INVALID, "The file must be UTF-8 encoded.");
        }
    }

    private static void checkHeader(List<String> header, ObjectSchema schema, String operation) {
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            boolean known = schema.hasCustomField(column) || ("update".equals(operation) && "Id".equals(column));
            if (!known) {
                throw ApiError.badRequest(ErrorCodes.FILE_HEADERS_INVALID,
                        "Unknown column '" + column + "' for object " + schema.name() + ".");
            }
            if (!seen.add(column)) {
                throw ApiError.badRequest(ErrorCodes.FILE_HEADERS_INVALID, "Column '" + column + "' appears twice.");
            }
        }
        if ("update".equals(operation) && !seen.contains("Id")) {
            throw ApiError.badRequest(ErrorCodes.FILE_HEADERS_INVALID, "An update file needs an Id column.");
        }
    }
}
