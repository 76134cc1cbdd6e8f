package io.camelzuora.jobs.internal.consumer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * The jobs the watch knows, in memory, backed by the {@link WatchState}: a job not yet in memory is looked up in the
 * repository, so a restart carries on where the last run stopped. It alone decides what stays in memory: a watch of
 * listed ids keeps its finished jobs (and the ones a filter rules out), so they are never requested again; discovery
 * forgets them, as the tenant's history would otherwise pile up. Only the poll thread uses it, or the thread that
 * completes an emitted exchange while the poll waits for it.
 */
final class JobTrackers {

    private final WatchState state;
    private final boolean keepFinished;
    private final Map<String, TrackedJob> trackers = new LinkedHashMap<>();
    private final Set<String> ruledOut = new HashSet<>();
    /** Changes whose exchange completed, in memory already and stored by {@link #storeDelivered()}. */
    private final Queue<TrackedJob> delivered = new ArrayDeque<>();

    private JobTrackers(WatchState state, boolean keepFinished) {
        this.state = state;
        this.keepFinished = keepFinished;
    }

    /** For a fixed set of jobs: finished jobs stay in memory, ruled-out ones are remembered: neither is requested. */
    static JobTrackers keepingFinished(WatchState state) {
        return new JobTrackers(state, true);
    }

    /** For an open-ended set of jobs: finished and ruled-out jobs leave memory; their stored state stays. */
    static JobTrackers forgettingFinished(WatchState state) {
        return new JobTrackers(state, false);
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

    /** The job as known, or a new tracker first seen at {@code firstSeen}; it is stored once a change is recorded. */
    TrackedJob findOrTrack(String jobId, long firstSeen) {
        TrackedJob tracker = find(jobId);
        if (tracker == null) {
            tracker = new TrackedJob(jobId, firstSeen);
            trackers.put(jobId, tracker);
        }
        return tracker;
    }

    /** Whether the job is tracked and still needs requests. */
    boolean isUnfinished(String jobId) {
        TrackedJob tracker = find(jobId);
        return tracker != null && !tracker.finished();
    }

    /** Whether a poll of listed ids requests the job: not ruled out and not finished. */
    boolean needsRequest(String jobId) {
        TrackedJob tracker = find(jobId);
        return !ruledOut.contains(jobId) && (tracker == null || !tracker.finished());
    }

    /** A job the object or operation filter rules out: it is not requested again while the consumer runs. */
    void ruleOut(String jobId) {
        trackers.remove(jobId);
        if (keepFinished) {
            ruledOut.add(jobId);
        }
    }

    /** Records a change (a job gone, or a change a status filter let pass silently) in memory and in the repository. */
    void store(TrackedJob tracker) {
        trackers.put(tracker.id(), tracker);
        save(tracker);
    }

    /**
     * Records in memory the change an exchange delivered; {@link #storeDelivered()} writes it to the repository once
     * the exchange is done, so that a failing repository fails the poll rather than the exchange's completion.
     */
    void delivered(TrackedJob tracker) {
        trackers.put(tracker.id(), tracker);
        delivered.add(tracker);
    }

    /** Writes the delivered changes to the repository; a change whose write failed stays in memory only. */
    void storeDelivered() {
        for (TrackedJob tracker = delivered.poll(); tracker != null; tracker = delivered.poll()) {
            save(tracker);
        }
    }

    private void save(TrackedJob tracker) {
        state.save(tracker);
        if (tracker.finished() && !keepFinished) {
            trackers.remove(tracker.id());
        }
    }

    /** Keeps in memory only the jobs in {@code jobIds}. */
    void retainOnly(Set<String> jobIds) {
        trackers.keySet().retainAll(jobIds);
        ruledOut.retainAll(jobIds);
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
