package io.camelzuora.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The definition of one custom object: its custom fields, which are required and which are numbers. */
final class ObjectSchema {

    /** The system fields every record has; a delete filter may use them too. */
    static final Set<String> SYSTEM_FIELDS = Set.of("Id", "CreatedById", "CreatedDate", "UpdatedById", "UpdatedDate");

    enum FieldType {
        TEXT,
        NUMBER
    }

    record Field(String apiName, FieldType type, boolean required) {
    }

    private final String name;
    private final Map<String, Field> fields = new LinkedHashMap<>();

    ObjectSchema(String name, List<Field> fields) {
        this.name = name;
        fields.forEach(field -> this.fields.put(field.apiName(), field));
    }

    /** The predefined object of Zuora's samples. */
    static ObjectSchema passenger() {
        return new ObjectSchema(
                "passenger", List.of(
                        new Field("name__c", FieldType.TEXT, true),
                        new Field("age__c", FieldType.NUMBER, false),
                        new Field("flight__c", FieldType.TEXT, false)));
    }

    String name() {
        return name;
    }

    boolean hasCustomField(String apiName) {
        return fields.containsKey(apiName);
    }

    boolean hasField(String apiName) {
        return fields.containsKey(apiName) || SYSTEM_FIELDS.contains(apiName);
    }

    /**
     * Checks one CSV data row against the header and this schema.
     *
     * @param  creating whether the row creates a record; an update row may leave required fields out
     * @return          why the row is invalid, or {@code null} when it is valid
     */
    String rowProblem(List<String> header, List<String> row, boolean creating) {
        if (row.size() != header.size()) {
            return "Row has " + row.size() + " columns but the header has " + header.size() + ".";
        }
        for (Field field : fields.values()) {
            int column = header.indexOf(field.apiName());
            String value = column < 0 ? "" : row.get(column);
            if (field.required() && (creating || column >= 0) && value.isBlank()) {
                return "Required field " + field.apiName() + " is empty.";
            }
            if (field.type() == FieldType.NUMBER && !value.isBlank() && !isNumber(value)) {
                return "Field " + field.apiName() + " must be a number, got '" + value + "'.";
            }
        }
        return null;
    }

    private static boolean isNumber(String value) {
        try {
            new java.math.BigDecimal(value.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
