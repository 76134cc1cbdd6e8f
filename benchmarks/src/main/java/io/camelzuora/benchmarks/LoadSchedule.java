package io.camelzuora.benchmarks;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import io.camelzuora.jobs.model.CustomObjectBulkJob;

/**
 * A load as the tenant saw it, from its jobs' timestamps (the simulator's, to the millisecond): each part's job holds
 * one of the tenant's open-job slots from its creation to its end. Checks that every record was loaded once, and
 * measures how busy the slots were and the best schedule the parts allowed.
 */
final class LoadSchedule {

    static final int SLOTS = 5;
    /** Zuora's error code for a submit refused because the tenant's open jobs are at the limit. */
    private static final long REFUSED_FOR_THE_LIMIT = 71012560L;

    private record Part(long created, long ended, long records, long processingMillis) {

        long submitAndUploadMillis() {
            return ended - created - processingMillis;
        }
    }

    private final List<Part> parts;

    private LoadSchedule(List<Part> parts) {
        this.parts = parts;
    }

    /**
     * The parts of a load from the tenant's jobs (refused submits are not parts).
     *
     * @throws GroundTruthException when a part did not complete, or the parts did not process each record once
     */
    static LoadSchedule of(String contender, List<CustomObjectBulkJob> jobs, long records) {
        List<CustomObjectBulkJob> submitted = jobs.stream().filter(job -> job.getError() == null
                || job.getError().getCode() == null || job.getError().getCode() != REFUSED_FOR_THE_LIMIT).toList();
        for (CustomObjectBulkJob job : submitted) {
            if (!"completed".equals(job.getStatus())) {
                throw new GroundTruthException(contender + ": job " + job.getId() + " ended " + job.getStatus());
            }
        }
        List<Part> parts = submitted.stream().map(job -> new Part(
                millis(job.getCreatedInstant()),
                millis(job.getUpdatedInstant()), job.getRecordsProcessed(), job.getProcessingTime()))
                .sorted(Comparator.comparingLong(Part::created)).toList();
        long processed = parts.stream().mapToLong(Part::records).sum();
        if (processed != records) {
            throw new GroundTruthException(contender + ": its jobs processed " + processed + " records of " + records);
        }
        return new LoadSchedule(parts);
    }

    int partCount() {
        return parts.size();
    }

    /**
     * The share of the slots' time that jobs held while parts remained to be submitted: from the first part's submit to
     * the last part's. 1.0 when the parts all started together.
     */
    double slotsBusyWhilePartsRemain() {
        long from = parts.get(0).created();
        long to = parts.get(parts.size() - 1).created();
        if (to == from) {
            return 1.0;
        }
        long busy = 0;
        for (Part part : parts) {
            busy += Math.max(0, Math.min(part.ended(), to) - Math.max(part.created(), from));
        }
        return Math.min(1.0, busy / (double) (SLOTS * (to - from)));
    }

    /**
     * The shortest time these parts could take on the tenant's slots, in seconds: each part in input order on the slot
     * that frees first, costing one submit and upload (the fastest this load managed) and its records at the
     * simulator's rate. With parts that fill the slots evenly this is total records / (5 x rate) plus the submits and
     * uploads; a last round of fewer than 5 parts adds what it must.
     */
    double idealSeconds() {
        long submitAndUpload = parts.stream().mapToLong(Part::submitAndUploadMillis).min().orElse(0);
        PriorityQueue<Long> slotsFreeAt = new PriorityQueue<>();
        for (int slot = 0; slot < SLOTS; slot++) {
            slotsFreeAt.add(0L);
        }
        long end = 0;
        for (Part part : parts) {
            long done = slotsFreeAt.poll() + submitAndUpload + part.processingMillis();
            slotsFreeAt.add(done);
            end = Math.max(end, done);
        }
        return end / 1000.0;
    }

    private static long millis(Instant instant) {
        return instant.toEpochMilli();
    }
}
