package io.camelzuora.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * The CPU time and the bytes allocated by the current thread so far. Every contender runs its calls on the thread
 * that asks for them (Camel's direct, timer and polling consumers, camel-http and HttpClient classic are all
 * synchronous), so the difference between two readings on that thread is the cost of the work in between, without
 * the simulator's threads that share the JVM.
 */
record ThreadCost(long cpuNanos, long allocatedBytes) {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static ThreadCost now() {
        return new ThreadCost(THREADS.getCurrentThreadCpuTime(), THREADS.getCurrentThreadAllocatedBytes());
    }

    ThreadCost since(ThreadCost earlier) {
        return new ThreadCost(cpuNanos - earlier.cpuNanos, allocatedBytes - earlier.allocatedBytes);
    }

    ThreadCost plus(ThreadCost other) {
        return new ThreadCost(cpuNanos + other.cpuNanos, allocatedBytes + other.allocatedBytes);
    }

    static void requireSupport() {
        if (!THREADS.isCurrentThreadCpuTimeSupported() || !THREADS.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("This JVM cannot measure per-thread CPU time and allocation");
        }
        THREADS.setThreadCpuTimeEnabled(true);
        THREADS.setThreadAllocatedMemoryEnabled(true);
    }
}
