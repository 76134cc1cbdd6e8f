package io.camelzuora.jobs.client;

import java.util.Map;

/**
 * An HTTP response read whole (bounded by the size cap) and inflated.
 *
 * @param status  the HTTP status code
 * @param reason  the reason phrase, may be empty
 * @param headers the response headers, names in lower case, first value of each
 * @param body    the (inflated) body, never {@code null}
 */
public record RawResponse(int status, String reason, Map<String, String> headers, byte[] body) {

    /** A response header by case-insensitive name, or {@code null}. */
    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
