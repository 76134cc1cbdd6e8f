package io.camelzuora.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The jobs, indexed for the lookups the API makes: by Id, newest first, newest first per status, and the set of active
 * (non-terminal) jobs. Every lookup is logarithmic or better, so the simulator stays fast with tens of thousands of
 * jobs. Not thread-safe: the {@link JobEngine} guards it.
 */
final class JobIndex {

    /** One page of a listing; {@code more} says whether jobs follow the last one. */
    record Page(List<JobState> jobs, boolean more) {
    }

    private final Map<String, JobState> byId = new HashMap<>();
    private final NavigableMap<Long, JobState> newestFirst = new TreeMap<Long, JobState>().descendingMap();
    private final Map<String, NavigableMap<Long, JobState>> newestFirstByStatus = new HashMap<>();
    private final Set<String> active = new HashSet<>();

    void add(JobState job) {
        byId.put(job.id, job);
        newestFirst.put(job.sequence, job);
        indexStatus(job);
    }

    JobState get(String id) {
        return byId.get(id);
    }

    /** Re-indexes a job whose status is about to change from {@code job.status} to {@code to}. */
    void changeStatus(JobState job, String to) {
        unindexStatus(job);
        job.status = to;
        indexStatus(job);
    }

    void remove(JobState job) {
        byId.remove(job.id);
        newestFirst.remove(job.sequence);
        unindexStatus(job);
    }

    int activeCount() {
        return active.size();
    }

    List<JobState> all() {
        return new ArrayList<>(newestFirst.values());
    }

    /**
     * A page of jobs, newest first.
     *
     * @param status   only jobs in this status, or {@code null} for all
     * @param after    the job the previous page ended with (excluded), or {@code null} for the first page
     * @param pageSize how many jobs at most
     */
    Page page(String status, JobState after, int pageSize) {
        NavigableMap<Long, JobState> source = status == null
                ? newestFirst
                : newestFirstByStatus.getOrDefault(status, new TreeMap<>());
        NavigableMap<Long, JobState> remaining = after == null ? source : source.tailMap(after.sequence, false);
        List<JobState> jobs = new ArrayList<>(Math.min(pageSize, remaining.size()));
        for (JobState job : remaining.values()) {
            if (jobs.size() == pageSize) {
                return new Page(jobs, true);
            }
            jobs.add(job);
        }
        return new Page(jobs, false);
    }

    private void indexStatus(JobState job) {
        newestFirstByStatus.computeIfAbsent(job.status, s -> new TreeMap<Long, JobState>().descendingMap())
                .put(job.sequence, job);
        if (!SimJob.isTerminal(job.status)) {
            active.add(job.id);
        }
    }

    private void unindexStatus(JobState job) {
        NavigableMap<Long, JobState> sameStatus = newestFirstByStatus.get(job.status);
        if (sameStatus != null) {
            sameStatus.remove(job.sequence);
        }
        active.remove(job.id);
    }
}
