package io.camelzuora.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The live heap while work runs: every so often a full collection, then the heap in use, whose highest value is the
 * peak of what the work kept reachable. The collections cost CPU the work did not cause; their cost is counted apart,
 * so the work's CPU can leave it out.
 */
final class HeapSampler {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS
            = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "heap-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private long peakBytes;
    private long collectionCpuNanos;

    HeapSampler(Duration every) {
        timer.scheduleWithFixedDelay(this::sample, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void sample() {
        long cpuBefore = OS.getProcessCpuTime();
        System.gc();
        long used = MEMORY.getHeapMemoryUsage().getUsed();
        collectionCpuNanos += OS.getProcessCpuTime() - cpuBefore;
        peakBytes = Math.max(peakBytes, used);
    }

    /** The most heap in use after a sampling collection; 0 before the first. */
    synchronized long peakBytes() {
        return peakBytes;
    }

    /** The process CPU time the sampling collections took. */
    synchronized long collectionCpuNanos() {
        return collectionCpuNanos;
    }

    /** Stops sampling, after the sample under way. */
    void close() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(1, TimeUnit.MINUTES);
    }
}
