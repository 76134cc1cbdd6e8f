package io.camelzuora.jobs.internal.load;

import java.util.List;

import io.camelzuora.jobs.model.BulkLoadPart;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.jobs.model.LoadRowError;

/** A part submitted as a job: the job as last seen, and once it has ended its refused records. */
final class PartRun {

    final SpooledPart part;
    final SlotBudget.Slot slot;
    private volatile CustomObjectBulkJob job;
    private volatile List<LoadRowError> rowErrors;
    private long pollInterval;

    PartRun(SpooledPart part, CustomObjectBulkJob job, SlotBudget.Slot slot, long firstPollInterval) {
        this.part = part;
        this.job = job;
        this.slot = slot;
        this.pollInterval = firstPollInterval;
    }

    String jobId() {
        return job.getId();
    }

    CustomObjectBulkJob job() {
        return job;
    }

    void seen(CustomObjectBulkJob latest) {
        job = latest;
    }

    void ended(CustomObjectBulkJob last, List<LoadRowError> errors) {
        job = last;
        rowErrors = List.copyOf(errors);
    }

    boolean hasEnded() {
        return rowErrors != null;
    }

    List<LoadRowError> rowErrors() {
        return rowErrors == null ? List.of() : rowErrors;
    }

    /** The wait before the next poll: a quarter longer each time, up to {@code max}. */
    long nextPollInterval(long max) {
        long interval = pollInterval;
        pollInterval = Math.min(max, pollInterval + Math.max(1, pollInterval / 4));
        return interval;
    }

    BulkLoadPart toPart() {
        CustomObjectBulkJob seen = job;
        return new BulkLoadPart(
                part.index(), seen.getId(), part.firstRecord(), part.lastRecord(), seen.getStatus(),
                seen.getRecordsProcessed(), seen.getError());
    }
}
