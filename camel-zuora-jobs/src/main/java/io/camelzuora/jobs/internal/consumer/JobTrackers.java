package io.camelzuora.jobs.internal.consumer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The jobs the watch knows, in memory, backed by the {@link WatchState}: a job not yet in memory is looked up in the
 * repository, so a restart carries on where the last run stopped. Only the poll thread uses it.
 */
final class JobTrackers {

    private final WatchState state;
    private final Map<String, TrackedJob> trackers = new LinkedHashMap<>();
    private final Set<String> excluded = new HashSet<>();

    JobTrackers(WatchState state) {
        this.state = state;
    }

    /** The job as known in memory or stored, or {@code null} for a job the watch has never seen. */
    TrackedJob find(String jobId) {
        TrackedJob tracker = trackers.get(jobId);
        if (tracker == null) {
            tracker = state.load(jobId);
            if (tracker != null) {
                trackers.put(jobId, tracker);
            }
        }
        return tracker;
    }

    /** Starts tracking a job in memory; it is stored once its first change has been delivered. */
    void track(TrackedJob tracker) {
        trackers.put(tracker.id(), tracker);
    }

    /** Records a delivered change (or a change a status filter let pass silently) in memory and in the repository. */
    void commit(TrackedJob tracker) {
        trackers.put(tracker.id(), tracker);
        state.save(tracker);
    }

    /** Removes jobs from memory (their stored state stays), e.g. finished jobs in discovery mode. */
    void forget(String jobId) {
        trackers.remove(jobId);
    }

    /** Marks a job the object or operation filter rules out: it is not requested again while the consumer runs. */
    void exclude(String jobId) {
        trackers.remove(jobId);
        excluded.add(jobId);
    }

    boolean isExcluded(String jobId) {
        return excluded.contains(jobId);
    }

    /** Keeps in memory only the jobs in {@code jobIds}. */
    void retainOnly(Set<String> jobIds) {
        trackers.keySet().retainAll(jobIds);
        excluded.retainAll(jobIds);
    }

    /** How many jobs are in memory, finished or not. */
    int size() {
        return trackers.size();
    }

    /** The jobs in memory, in the order the watch first met them. */
    List<TrackedJob> all() {
        return new ArrayList<>(trackers.values());
    }

    /** The jobs that still need requests, in the order the watch first met them. */
    List<TrackedJob> unfinished() {
        List<TrackedJob> result = new ArrayList<>();
        for (TrackedJob tracker : trackers.values()) {
            if (!tracker.finished()) {
                result.add(tracker);
            }
        }
        return result;
    }
}
