package io.camelzuora.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time and the bytes allocated by the current thread so far. Every contender runs its calls on the thread that
 * asks for them (Camel's direct, timer and polling consumers, camel-http and HttpClient classic are all synchronous),
 * so the difference between two readings on that thread is the cost of the work in between, without the simulator's
 * threads that share the JVM. A contender that hands work to helper threads of its own (the watch's fetch pool) has
 * their cost added by name, see {@link #ofThreadsNamed(String)}.
 */
record ThreadCost(long cpuNanos, long allocatedBytes) {

    private static final com.sun.management.ThreadMXBean THREADS
            = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static ThreadCost now() {
        return new ThreadCost(THREADS.getCurrentThreadCpuTime(), THREADS.getCurrentThreadAllocatedBytes());
    }

    /**
     * The CPU time and allocation of the threads whose name contains {@code namePart}, by thread id: the helper threads
     * a contender hands work to (the watch's fetch pool), to add to the polling thread's own cost.
     */
    static Map<Long, ThreadCost> ofThreadsNamed(String namePart) {
        Map<Long, ThreadCost> costs = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains(namePart)) {
                long id = info.getThreadId();
                costs.put(id, new ThreadCost(THREADS.getThreadCpuTime(id), THREADS.getThreadAllocatedBytes(id)));
            }
        }
        return costs;
    }

    /** What the threads of {@code after} spent since {@code before}; a thread started in between counts whole. */
    static ThreadCost spentBetween(Map<Long, ThreadCost> before, Map<Long, ThreadCost> after) {
        ThreadCost total = new ThreadCost(0, 0);
        for (Map.Entry<Long, ThreadCost> thread : after.entrySet()) {
            ThreadCost start = before.getOrDefault(thread.getKey(), new ThreadCost(0, 0));
            total = total.plus(thread.getValue().since(start));
        }
        return total;
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
