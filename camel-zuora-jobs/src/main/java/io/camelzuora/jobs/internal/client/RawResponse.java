package io.camelzuora.jobs.internal.client;

import java.util.Locale;
import java.util.Map;

/**
 * An HTTP response read whole (bounded by the size cap) and inflated.
 *
 * @param status  the HTTP status code
 * @param headers the response headers, names in lower case, first value of each
 * @param body    the (inflated) body, never {@code null}
 */
public record RawResponse(int status, Map<String, String> headers, byte[] body) {

    /** A response header by case-insensitive name, or {@code null}. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
