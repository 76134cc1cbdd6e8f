package io.camelzuora.simulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A response before the common headers are added.
 *
 * @param compressible whether the writer may gzip it (fault bodies that must reach the client as they are say no)
 */
record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers, boolean compressible) {

    static final String JSON = "application/json; charset=utf-8";

    static ApiResponse json(int status, JsonNode body) {
        return new ApiResponse(status, JSON, Json.bytes(body), new LinkedHashMap<>(), true);
    }

    static ApiResponse raw(int status, String contentType, byte[] body) {
        return new ApiResponse(status, contentType, body, new LinkedHashMap<>(), false);
    }

    static ApiResponse text(int status, String contentType, String body) {
        return raw(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    ApiResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiResponse(status, contentType, body, copy, compressible);
    }
}
