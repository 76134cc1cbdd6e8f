package io.camelzuora.jobs.internal.client;

import java.io.IOException;

/** Turns a successful response body into a value; an {@link IOException} marks the body as unreadable. */
@FunctionalInterface
public interface BodyReader<T> {

    T read(byte[] body) throws IOException;

    /** Reads the body as JSON into the given type. */
    static <T> BodyReader<T> json(Class<T> type) {
        return body -> {
            T value = ZuoraJson.mapper().readValue(body, type);
            if (value == null) {
                throw new IOException("the response body is empty or null, expected " + type.getSimpleName());
            }
            return value;
        };
    }
}
