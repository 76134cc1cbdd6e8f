package io.camelzuora.jobs.internal.load;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;

/**
 * The records of a load's message body, read as they are needed: a CSV (a file, {@code Path}, Camel's file, stream,
 * stream cache, bytes or text) or records as maps (an {@code Iterable}, {@code Iterator} or {@code Stream}).
 */
final class LoadInputs {

    private LoadInputs() {
    }

    static RecordSource of(Message message, int partSize) throws InvalidPayloadException {
        Object body = message.getBody();
        if (body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file) {
            body = file;
        }
        if (body == null) {
            throw new IllegalArgumentException(
                    "zuora-jobs:load needs the records as the message body: a CSV with a"
                                               + " header row (File, Path, InputStream, byte[], String) or maps"
                                               + " (Iterable, Iterator or Stream of Map), but the body is empty");
        }
        if (body instanceof File file) {
            body = file.toPath();
        }
        if (body instanceof Path path) {
            return csv(open(path), "the file " + path, partSize);
        }
        if (body instanceof byte[] bytes) {
            return csv(new ByteArrayInputStream(bytes), "the byte array body", partSize);
        }
        if (body instanceof String text) {
            return csv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "the text body", partSize);
        }
        if (body instanceof Iterable<?> records) {
            return new MapRecordSource(records.iterator(), null, "the Iterable body");
        }
        if (body instanceof Iterator<?> records) {
            return new MapRecordSource(records, null, "the Iterator body");
        }
        if (body instanceof Stream<?> records) {
            return new MapRecordSource(records.iterator(), records, "the Stream body");
        }
        return csv(message.getMandatoryBody(InputStream.class), "the input stream body", partSize);
    }

    private static RecordSource csv(InputStream in, String description, int partSize) {
        return new CsvRecordReader(in, description, partSize);
    }

    private static InputStream open(Path path) {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the file " + path + " to load: " + e.getMessage(), e);
        }
    }
}
