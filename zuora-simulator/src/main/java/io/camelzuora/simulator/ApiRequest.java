package io.camelzuora.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.sun.net.httpserver.Headers;

/**
 * An incoming request with its body already decoded.
 *
 * @param requestId the {@code Zuora-Request-Id} this request is answered with
 * @param body      the body, gunzipped when it came with {@code Content-Encoding: gzip}
 */
record ApiRequest(String requestId, String method, String path, Map<String, String> query, Headers headers, byte[] body) {

    String header(String name) {
        return headers.getFirst(name);
    }

    boolean acceptsGzip() {
        String accept = header("Accept-Encoding");
        return accept != null && accept.toLowerCase().contains("gzip");
    }

    /** The first value of each query (or form) parameter. */
    static Map<String, String> parseParameters(String encoded) {
        Map<String, String> parameters = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return parameters;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }
}
