package io.camelzuora.jobs.model;

/**
 * What a bulk job does to the custom-object records: Zuora's {@code operation} field of a job, and the component's
 * {@code jobOperation} option. A value this enum does not know maps to {@link #UNKNOWN}; the job keeps the raw string
 * ({@link CustomObjectBulkJob#getOperation()}).
 */
public enum JobAction {
    CREATE("create"),
    UPDATE("update"),
    DELETE("delete"),
    UNKNOWN(null);

    private final String value;

    JobAction(String value) {
        this.value = value;
    }

    /**
     * The action as Zuora spells it in a job's {@code operation} field ({@code create}); {@code null} for
     * {@link #UNKNOWN}.
     */
    public String value() {
        return value;
    }

    /** Maps Zuora's spelling (case-insensitive) to an action, {@link #UNKNOWN} for anything else. */
    public static JobAction of(String value) {
        return JobStatus.bySpelling(values(), JobAction::value, value, UNKNOWN);
    }
}
