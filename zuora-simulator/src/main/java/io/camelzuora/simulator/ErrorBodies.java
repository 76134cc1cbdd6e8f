package io.camelzuora.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders error responses in the chosen {@link ErrorBodyShape}. */
final class ErrorBodies {

    private volatile ErrorBodyShape shape = ErrorBodyShape.FLAT;

    void shape(ErrorBodyShape shape) {
        this.shape = java.util.Objects.requireNonNull(shape, "shape");
    }

    ApiResponse render(int status, int code, String message, String requestId) {
        ObjectNode body = Json.object();
        if (shape == ErrorBodyShape.FLAT) {
            body.put("code", code);
            body.put("message", message);
        } else {
            body.put("success", false);
            body.put("processId", Ids.hex32().substring(0, 16).toUpperCase());
            ObjectNode reason = body.putArray("reasons").addObject();
            reason.put("code", code);
            reason.put("message", message);
            body.put("requestId", requestId);
        }
        return ApiResponse.json(status, body);
    }

    ApiResponse render(ApiError error, String requestId) {
        return render(error.status(), error.code(), error.getMessage(), requestId);
    }

    /** The 401 answer; Zuora's gateway sends it in this one shape whatever the endpoint. */
    static ApiResponse authenticationError() {
        ObjectNode body = Json.object();
        body.put("message", "Authentication error");
        return ApiResponse.json(401, body).withHeader("WWW-Authenticate", "Bearer");
    }

    /** The answer for paths no endpoint serves. */
    static ApiResponse noSuchResource(String method, String path) {
        ObjectNode body = Json.object();
        body.put("message", "No resource for " + method + " " + path);
        return ApiResponse.json(404, body);
    }
}
