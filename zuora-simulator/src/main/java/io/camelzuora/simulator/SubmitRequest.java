package io.camelzuora.simulator;

import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A validated submit body: {@code {"namespace", "object", "operation", "filter"}}.
 *
 * @param filter the delete filter; {@link DeleteFilter#ALL} for a delete job without one, {@code null} otherwise
 */
record SubmitRequest(String namespace, String object, String operation, DeleteFilter filter) {

    private static final Set<String> NAMESPACES = Set.of("default", "com_zuora");
    private static final Set<String> OPERATIONS = Set.of("create", "update", "delete");

    /**
     * Validates a submit body the way Zuora does.
     *
     * @param  schemas  finds an object's schema by name, {@code null} when it is not defined
     * @throws ApiError 400 with 71013020 (job), 71013520 (operation) or 71013220 (filter)
     */
    static SubmitRequest parse(JsonNode body, Function<String, ObjectSchema> schemas) {
        if (body == null || !body.isObject()) {
            throw ApiError.badRequest(ErrorCodes.JOB_INVALID, "The request body must be a JSON object.");
        }
        String namespace = text(body, "namespace");
        String object = text(body, "object");
        String operation = text(body, "operation");
        if (namespace == null || !NAMESPACES.contains(namespace)) {
            throw ApiError.badRequest(ErrorCodes.JOB_INVALID,
                    "namespace is required and must be 'default' or 'com_zuora', got " + quoted(namespace) + ".");
        }
        if (object == null) {
            throw ApiError.badRequest(ErrorCodes.JOB_INVALID, "object is required.");
        }
        ObjectSchema schema = schemas.apply(object);
        if (schema == null) {
            throw ApiError.badRequest(ErrorCodes.JOB_INVALID, "Custom object '" + object + "' is not defined.");
        }
        if (operation == null || !OPERATIONS.contains(operation)) {
            throw ApiError.badRequest(ErrorCodes.OPERATION_INVALID,
                    "operation is required and must be create, update or delete, got " + quoted(operation) + ".");
        }
        JsonNode filter = body.get("filter");
        boolean hasFilter = filter != null && !filter.isNull();
        if (hasFilter && !"delete".equals(operation)) {
            throw ApiError.badRequest(ErrorCodes.FILTER_INVALID, "A filter is only allowed on delete jobs.");
        }
        DeleteFilter parsed = "delete".equals(operation)
                ? (hasFilter ? DeleteFilter.parse(filter, schema) : DeleteFilter.ALL)
                : null;
        return new SubmitRequest(namespace, object, operation, parsed);
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static String quoted(String value) {
        return value == null ? "nothing" : "'" + value + "'";
    }
}
