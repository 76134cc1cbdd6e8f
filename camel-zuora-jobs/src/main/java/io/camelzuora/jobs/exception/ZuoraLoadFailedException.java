package io.camelzuora.jobs.exception;

import io.camelzuora.jobs.model.BulkLoadResult;

/**
 * A {@code zuora-jobs:load} with {@code failOnJobFailure=true} ended {@code failed}: a record was refused or a part did
 * not complete. Carries the whole result, so the refused records can be written out and loaded again.
 */
public class ZuoraLoadFailedException extends RuntimeException {

    private final transient BulkLoadResult result;

    public ZuoraLoadFailedException(BulkLoadResult result) {
        super("Load " + result.getLoadId() + " of " + result.getObject() + " ended failed: " + result.getRecordsFailed()
              + " of " + result.getRecordsRead() + " records refused"
              + (result.getRowErrors().isEmpty() ? "" : " (first: " + result.getRowErrors().get(0) + ")")
              + "; parts " + result.getParts());
        this.result = result;
    }

    /** The load's result, with every part and every refused record. */
    public BulkLoadResult getResult() {
        return result;
    }
}
