package io.camelzuora.simulator;

import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * The status changes scheduled for the future, earliest first (ties in the order they were scheduled). Not thread-safe:
 * the {@link JobEngine} guards it.
 */
final class TransitionQueue {

    enum Kind {
        /** accepted to in_progress, when the accepted period ends. */
        START_PROCESSING,
        /** in_progress to a terminal status, when processing ends. */
        FINISH_PROCESSING,
        /** A status a test asked for. */
        FORCED
    }

    /**
     * One scheduled change.
     *
     * @param epoch the job's epoch when it was scheduled; an automatic change is dropped if the job has changed since
     *              (cancelled, forced elsewhere). Forced changes ignore it.
     * @param to    the target status of a forced change, {@code null} otherwise
     */
    record Scheduled(Instant at, long order, Kind kind, String jobId, long epoch, String to) {
    }

    private final PriorityQueue<Scheduled> queue = new PriorityQueue<>(
            Comparator.comparing(Scheduled::at).thenComparingLong(Scheduled::order));
    private long order;

    void schedule(Instant at, Kind kind, JobState job, String to) {
        queue.add(new Scheduled(at, order++, kind, job.id, job.epoch, to));
    }

    /** Removes and answers the earliest change due at or before {@code now}, or {@code null} if none is. */
    Scheduled pollDue(Instant now) {
        Scheduled head = queue.peek();
        return head != null && !head.at().isAfter(now) ? queue.poll() : null;
    }
}
