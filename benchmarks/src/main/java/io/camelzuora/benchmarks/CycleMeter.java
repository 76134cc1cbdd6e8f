package io.camelzuora.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Times each poll cycle of a watch on the thread that runs it: CPU time, allocation, wall duration, and how many jobs
 * were open (still to be polled) when it began. {@link #begin()} and {@link #end()} are called by the polling thread.
 */
final class CycleMeter {

    /** One poll cycle. */
    record Cycle(long beginWallMillis, long wallNanos, ThreadCost cost, int openJobs) {
    }

    private final Detections detections;
    private final List<Cycle> cycles = new ArrayList<>();
    private ThreadCost began;
    private String helperThreads;
    private Map<Long, ThreadCost> helpersBegan = Map.of();
    private long beganNanos;
    private long beganWallMillis;
    private int openAtBegin;

    CycleMeter(Detections detections) {
        this.detections = detections;
    }

    /**
     * Adds the cost of the threads whose name contains {@code namePart} (a contender's own worker pool) to each cycle.
     */
    void includeThreadsNamed(String namePart) {
        this.helperThreads = namePart;
    }

    void begin() {
        openAtBegin = detections.openJobs();
        beganWallMillis = System.currentTimeMillis();
        beganNanos = System.nanoTime();
        if (helperThreads != null) {
            helpersBegan = ThreadCost.ofThreadsNamed(helperThreads);
        }
        // read last, so the bookkeeping above is not counted as the cycle's own cost
        began = ThreadCost.now();
    }

    void end() {
        ThreadCost cost = ThreadCost.now().since(began);
        if (helperThreads != null) {
            cost = cost.plus(ThreadCost.spentBetween(helpersBegan, ThreadCost.ofThreadsNamed(helperThreads)));
        }
        long wall = System.nanoTime() - beganNanos;
        synchronized (this) {
            cycles.add(new Cycle(beganWallMillis, wall, cost, openAtBegin));
        }
    }

    synchronized int count() {
        return cycles.size();
    }

    synchronized List<Cycle> all() {
        return List.copyOf(cycles);
    }
}
