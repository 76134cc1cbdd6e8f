package io.camelzuora.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelzuora.jobs.model.CustomObjectBulkJob;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The end of every watch route: records each status change a contender emits (job, status, wall time). Storage is
 * allocated up front and statuses are interned, so recording does not grow the heap that the retained-heap figure
 * measures.
 */
final class Detections implements Processor {

    private static final Set<String> TERMINAL = Set.of("completed", "failed", "cancelled");

    private final Map<String, Integer> indexById;
    private final List<String> ids;
    private final int[] jobIndex;
    private final String[] statuses;
    private final long[] wallMillis;
    private int count;
    private int terminalCount;

    private Detections(List<String> knownIds, int capacity) {
        this.indexById = new HashMap<>(Math.max(16, knownIds.size() * 2));
        this.ids = new ArrayList<>(knownIds);
        for (int i = 0; i < knownIds.size(); i++) {
            indexById.put(knownIds.get(i), i);
        }
        this.jobIndex = new int[capacity];
        this.statuses = new String[capacity];
        this.wallMillis = new long[capacity];
    }

    /** For a watch of these jobs: all of them count as open until they are seen terminal. */
    static Detections ofJobs(List<String> jobIds, int capacity) {
        return new Detections(jobIds, capacity);
    }

    /** For a discovery watch: jobs count as open from the first time they are seen. */
    static Detections discovered(int capacity) {
        return new Detections(List.of(), capacity);
    }

    @Override
    public void process(Exchange exchange) {
        CustomObjectBulkJob job = exchange.getMessage().getBody(CustomObjectBulkJob.class);
        record(job.getId(), job.getStatus(), System.currentTimeMillis());
    }

    synchronized void record(String jobId, String status, long at) {
        if (count == jobIndex.length) {
            throw new GroundTruthException(
                    "more detections than the " + jobIndex.length + " possible changes; last: "
                                           + jobId + " " + status);
        }
        Integer index = indexById.get(jobId);
        if (index == null) {
            index = ids.size();
            ids.add(jobId);
            indexById.put(jobId, index);
        }
        jobIndex[count] = index;
        statuses[count] = status.intern();
        wallMillis[count] = at;
        count++;
        if (TERMINAL.contains(status)) {
            terminalCount++;
        }
    }

    synchronized int count() {
        return count;
    }

    /** Jobs a watcher must still poll: known (or listed up front) and not yet seen in a terminal status. */
    synchronized int openJobs() {
        return ids.size() - terminalCount;
    }

    /** One recorded change. */
    record Detection(String jobId, String status, long wallMillis) {
    }

    synchronized List<Detection> all() {
        List<Detection> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            all.add(new Detection(ids.get(jobIndex[i]), statuses[i], wallMillis[i]));
        }
        return all;
    }
}
