package io.camelzuora.jobs.model;

import java.util.Locale;
import java.util.function.Function;

/**
 * The status of a bulk job. Zuora may add statuses in later API versions (older ones used {@code open}), so a value
 * this enum does not know maps to {@link #UNKNOWN} and the job keeps the raw string
 * ({@link CustomObjectBulkJob#getStatus()}).
 */
public enum JobStatus {
    ACCEPTED("accepted", false),
    PENDING("pending", false),
    IN_PROGRESS("in_progress", false),
    COMPLETED("completed", true),
    FAILED("failed", true),
    CANCELLED("cancelled", true),
    UNKNOWN(null, false);

    private final String value;
    private final boolean terminal;

    JobStatus(String value, boolean terminal) {
        this.value = value;
        this.terminal = terminal;
    }

    /** The status as Zuora spells it ({@code in_progress}); {@code null} for {@link #UNKNOWN}. */
    public String value() {
        return value;
    }

    /** Whether a job in this status will never change again. */
    public boolean isTerminal() {
        return terminal;
    }

    /** Maps Zuora's spelling (case-insensitive) to a status, {@link #UNKNOWN} for anything else. */
    public static JobStatus of(String value) {
        return bySpelling(values(), JobStatus::value, value, UNKNOWN);
    }

    /**
     * The constant Zuora spells {@code value}, compared without regard to case, or {@code unknown} for {@code null} and
     * for a spelling not listed; {@link JobAction} reads Zuora's spelling the same way.
     */
    static <E extends Enum<E>> E bySpelling(E[] constants, Function<E, String> spelling, String value, E unknown) {
        if (value != null) {
            String lower = value.toLowerCase(Locale.ROOT);
            for (E constant : constants) {
                if (lower.equals(spelling.apply(constant))) {
                    return constant;
                }
            }
        }
        return unknown;
    }
}
