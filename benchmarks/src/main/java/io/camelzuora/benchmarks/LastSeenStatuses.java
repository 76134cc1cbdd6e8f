package io.camelzuora.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.camelzuora.jobs.model.CustomObjectBulkJob;

/**
 * The state a hand-written watch route keeps: each job's last seen status, to filter on changes, and (for a watch of
 * given ids) which jobs still need polling.
 */
public final class LastSeenStatuses {

    private static final Set<String> TERMINAL = Set.of("completed", "failed", "cancelled");

    private final Map<String, String> statusById = new ConcurrentHashMap<>();
    private final List<String> watched;
    private volatile boolean recordingBaseline;

    /**
     * @param watched       the jobs to poll by id (empty for a discovery watch)
     * @param baselineFirst whether the first poll only records what exists, as a discovery watch of a tenant does
     */
    public LastSeenStatuses(List<String> watched, boolean baselineFirst) {
        this.watched = watched;
        this.recordingBaseline = baselineFirst;
    }

    /** The watched ids not yet seen in a terminal status. */
    public List<String> unfinished() {
        return watched.stream().filter(id -> !TERMINAL.contains(statusById.getOrDefault(id, ""))).toList();
    }

    /** Records the job's status; true when it differs from the last one seen (or the job is new). */
    public boolean changed(CustomObjectBulkJob job) {
        String previous = statusById.put(job.getId(), job.getStatus());
        return !recordingBaseline && !job.getStatus().equals(previous);
    }

    public void baselineDone() {
        recordingBaseline = false;
    }
}
