package io.camelzuora.benchmarks;

import java.time.Duration;

import io.camelzuora.simulator.ZuoraSimulator;

/** The simulated tenant the watch workloads run against: its clock runs in real time, jobs move only when told. */
final class WatchTenant {

    private WatchTenant() {
    }

    static ZuoraSimulator create() {
        ZuoraSimulator zuora = new ZuoraSimulator()
                .rateLimitPerMinute(Integer.MAX_VALUE)
                .maxActiveJobs(Integer.MAX_VALUE)
                // forced in_progress would end after the processing time: make that never happen within a run
                .timings(Duration.ofDays(1), Duration.ofDays(1));
        zuora.clock().runInRealTime(1.0);
        return zuora;
    }

    /** Simulator time minus wall time: constant while the clock runs at speed 1. */
    static long simMinusWallMillis(ZuoraSimulator zuora) {
        return zuora.clock().now().toEpochMilli() - System.currentTimeMillis();
    }
}
