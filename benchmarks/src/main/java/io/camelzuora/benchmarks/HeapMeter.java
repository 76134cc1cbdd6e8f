package io.camelzuora.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Live heap after full collections: what stays reachable, not what is merely allocated. */
final class HeapMeter {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapMeter() {
    }

    static long liveBytes() {
        long used = Long.MAX_VALUE;
        // repeated until it stops shrinking: one full collection may leave objects that finalizers or reference
        // processing release only for the next
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = MEMORY.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }
}
