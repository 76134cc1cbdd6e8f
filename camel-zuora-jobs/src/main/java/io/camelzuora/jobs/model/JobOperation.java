package io.camelzuora.jobs.model;

import java.util.Locale;

/**
 * What a bulk job does to the custom-object records. A value this enum does not know maps to {@link #UNKNOWN}; the
 * job keeps the raw string ({@link CustomObjectBulkJob#getOperation()}).
 */
public enum JobOperation {
    CREATE("create"),
    UPDATE("update"),
    DELETE("delete"),
    UNKNOWN(null);

    private final String value;

    JobOperation(String value) {
        this.value = value;
    }

    /** The operation as Zuora spells it ({@code create}); {@code null} for {@link #UNKNOWN}. */
    public String value() {
        return value;
    }

    /** Maps Zuora's spelling (case-insensitive) to an operation, {@link #UNKNOWN} for anything else. */
    public static JobOperation of(String value) {
        if (value != null) {
            String lower = value.toLowerCase(Locale.ROOT);
            for (JobOperation operation : values()) {
                if (lower.equals(operation.value)) {
                    return operation;
                }
            }
        }
        return UNKNOWN;
    }
}
