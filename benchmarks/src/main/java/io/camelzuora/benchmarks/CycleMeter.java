package io.camelzuora.benchmarks;

import java.util.ArrayList;
import java.util.List;

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
    private long beganNanos;
    private long beganWallMillis;
    private int openAtBegin;

    CycleMeter(Detections detections) {
        this.detections = detections;
    }

    void begin() {
        openAtBegin = detections.openJobs();
        beganWallMillis = System.currentTimeMillis();
        beganNanos = System.nanoTime();
        began = ThreadCost.now();
    }

    void end() {
        ThreadCost cost = ThreadCost.now().since(began);
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
