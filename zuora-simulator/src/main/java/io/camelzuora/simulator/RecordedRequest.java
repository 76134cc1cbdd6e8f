package io.camelzuora.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A request the simulator served, as it arrived.
 *
 * @param wallTime when it arrived (wall clock, not the simulator clock)
 * @param method   the HTTP method
 * @param path     the request path, without the query
 * @param query    the raw query string, {@code null} when absent
 * @param headers  the request headers as received
 * @param body     the request body as received (still gzipped when it was sent gzipped)
 * @param status   the response status, or 0 when the connection was dropped without a response
 */
public record RecordedRequest(Instant wallTime, String method, String path, String query,
        Map<String, List<String>> headers, byte[] body, int status) {

    /**
     * The first value of a request header, looked up case-insensitively.
     *
     * @param  name the header name in any case
     * @return      the first value, or {@code null} when the header was not sent
     */
    public String header(String name) {
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                return entry.getValue().get(0);
            }
        }
        return null;
    }
}
