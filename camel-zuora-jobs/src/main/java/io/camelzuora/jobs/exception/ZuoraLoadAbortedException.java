package io.camelzuora.jobs.exception;

import java.util.List;

import io.camelzuora.jobs.model.BulkLoadPart;

/**
 * A {@code zuora-jobs:load} stopped before its end: bad input, a failure calling Zuora, its {@code loadTimeout}, or the
 * route or context stopping. The message says why and lists the parts already submitted with their jobs; those still
 * {@code accepted} or {@code pending} were cancelled, those {@code in_progress} were left to finish. The cause, when
 * there is one, is the original failure (an {@link InvalidCsvException} for bad input). Send the same input again with
 * the same {@code CamelZuoraLoadId} to finish the load without loading a part twice.
 */
public class ZuoraLoadAbortedException extends RuntimeException {

    private final String loadId;
    private final transient List<BulkLoadPart> submittedParts;

    public ZuoraLoadAbortedException(String message, String loadId, List<BulkLoadPart> submittedParts,
                                     Throwable cause) {
        super(message, cause);
        this.loadId = loadId;
        this.submittedParts = List.copyOf(submittedParts);
    }

    /** The load's id, to send again as {@code CamelZuoraLoadId}. */
    public String getLoadId() {
        return loadId;
    }

    /** The parts submitted before the load stopped, each with its job and the status last seen. */
    public List<BulkLoadPart> getSubmittedParts() {
        return submittedParts;
    }
}
