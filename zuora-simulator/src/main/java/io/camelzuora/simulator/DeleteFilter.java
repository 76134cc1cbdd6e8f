package io.camelzuora.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/** The filter of a delete job: one or two conditions, AND-ed. */
final class DeleteFilter implements Predicate<StoredRecord> {

    private static final Set<String> OPERATORS = Set.of("EQ", "GT", "LT", "GE", "LE");

    record Condition(String field, String operator, String value) {
    }

    /** Matches every record: a delete job without a filter deletes all records of its object. */
    static final DeleteFilter ALL = new DeleteFilter(List.of());

    private final List<Condition> conditions;

    private DeleteFilter(List<Condition> conditions) {
        this.conditions = conditions;
    }

    /**
     * Reads and validates the {@code filter} member of a submit body.
     *
     * @throws ApiError 400 with code 71013220 when the filter is malformed
     */
    static DeleteFilter parse(JsonNode filter, ObjectSchema schema) {
        JsonNode conditions = filter.get("conditions");
        if (!filter.isObject() || conditions == null || !conditions.isArray()) {
            throw invalid("filter must be an object with a conditions array.");
        }
        if (conditions.size() < 1 || conditions.size() > 2) {
            throw invalidCondition("filter must have 1 or 2 conditions, got " + conditions.size() + ".");
        }
        List<Condition> parsed = new ArrayList<>();
        for (JsonNode condition : conditions) {
            String field = condition.path("field").asText("");
            String operator = condition.path("operator").asText("");
            JsonNode value = condition.get("value");
            if (!schema.hasField(field)) {
                throw invalidCondition("Unknown filter field '" + field + "' for object " + schema.name() + ".");
            }
            if (!OPERATORS.contains(operator)) {
                throw invalidCondition("Unknown filter operator '" + operator + "'; use one of EQ, GT, LT, GE, LE.");
            }
            if (value == null || value.isNull() || value.isContainerNode()) {
                throw invalidCondition("Filter condition on '" + field + "' needs a scalar value.");
            }
            parsed.add(new Condition(field, operator, value.asText()));
        }
        return new DeleteFilter(List.copyOf(parsed));
    }

    @Override
    public boolean test(StoredRecord record) {
        for (Condition condition : conditions) {
            String actual = record.value(condition.field());
            if (actual == null || !holds(compare(actual, condition.value()), condition.operator())) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(int comparison, String operator) {
        return switch (operator) {
            case "EQ" -> comparison == 0;
            case "GT" -> comparison > 0;
            case "LT" -> comparison < 0;
            case "GE" -> comparison >= 0;
            default -> comparison <= 0;
        };
    }

    /** Compares as instants, then as numbers, then as text, whichever both sides are. */
    private static int compare(String actual, String expected) {
        try {
            return Instant.parse(actual).compareTo(Instant.parse(expected));
        } catch (DateTimeParseException notInstants) {
            try {
                return new BigDecimal(actual).compareTo(new BigDecimal(expected));
            } catch (NumberFormatException notNumbers) {
                return actual.compareTo(expected);
            }
        }
    }

    private static ApiError invalid(String message) {
        return ApiError.badRequest(ErrorCodes.FILTER_INVALID, message);
    }

    private static ApiError invalidCondition(String message) {
        return ApiError.badRequest(ErrorCodes.FILTER_CONDITIONS_INVALID, message);
    }
}
