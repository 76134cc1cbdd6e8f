package io.camelzuora.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One round of a watch workload for one contender, in a fresh Camel context: start the watch, wait for its baseline,
 * measure the heap it retains, let the simulator change jobs, wait until every change was detected and two more polls
 * ran (to catch repeats), stop.
 */
final class WatchRound {

    static final String REQUESTS_PER_POLL = "requests per poll";
    static final String OPEN_JOBS_PER_POLL = "open jobs per poll";
    static final String REQUESTS_PER_OPEN_JOB = "requests per open job per poll";
    static final String EXTRA_REQUESTS_PER_POLL = "requests per poll beyond open jobs";
    static final String CPU_PER_POLL = "CPU per poll cycle";
    static final String ALLOCATION_PER_POLL = "allocation per poll cycle";
    static final String LATENCY_P50 = "detection latency p50";
    static final String LATENCY_P99 = "detection latency p99";
    static final String RETAINED_HEAP = "retained heap after baseline";

    /** What the simulator does once the watch has its baseline: the changes to detect. */
    interface Changes {
        void start() throws Exception;
    }

    /** What a round observed. {@code requests} are the API requests (not token requests) the contender sent. */
    record Outcome(List<Detections.Detection> detections, List<CycleMeter.Cycle> cycles, long requests,
            long retainedHeapBytes) {
    }

    private WatchRound() {
    }

    static Outcome run(
            ZuoraSimulator zuora, WatchContender contender, WatchTarget target, Detections detections,
            CycleMeter cycles, BooleanSupplier baselineDone, Changes changes, int expectedDetections, Duration timeout)
            throws Exception {
        zuora.clearRequests();
        long requests;
        long retained;
        try (CamelContext camel = new DefaultCamelContext()) {
            contender.addTo(camel, target, detections, cycles);
            camel.start();
            long before = HeapMeter.liveBytes();
            camel.getRouteController().startRoute(WatchContender.ROUTE_ID);
            Waits.until(baselineDone, timeout, contender.name() + "'s baseline");
            requests = apiRequests(zuora);
            zuora.clearRequests();
            retained = HeapMeter.liveBytes() - before;
            changes.start();
            Waits.until(() -> detections.count() >= expectedDetections, timeout,
                    contender.name() + " to detect " + expectedDetections + " changes (has " + detections.count() + ")");
            int polled = cycles.count();
            Waits.until(() -> cycles.count() >= polled + 2, timeout, contender.name() + "'s polls after the last change");
            camel.getRouteController().stopRoute(WatchContender.ROUTE_ID);
            requests += apiRequests(zuora);
        }
        zuora.clearRequests();
        return new Outcome(detections.all(), cycles.all(), requests, retained);
    }

    private static long apiRequests(ZuoraSimulator zuora) {
        return zuora.requestCount("GET", "/objects/jobs(/.*)?");
    }

    /** Records a round's figures on the row. */
    static void record(ResultRow row, Outcome outcome, long[] latencies) {
        List<CycleMeter.Cycle> cycles = outcome.cycles();
        long open = cycles.stream().mapToLong(CycleMeter.Cycle::openJobs).sum();
        row.metric(REQUESTS_PER_POLL, "requests").add((double) outcome.requests() / cycles.size());
        row.metric(OPEN_JOBS_PER_POLL, "jobs").add((double) open / cycles.size());
        row.metric(REQUESTS_PER_OPEN_JOB, "requests").add(open == 0 ? Double.NaN : (double) outcome.requests() / open);
        row.metric(EXTRA_REQUESTS_PER_POLL, "requests").add((double) (outcome.requests() - open) / cycles.size());
        List<CycleMeter.Cycle> afterBaseline = cycles.subList(1, cycles.size());
        row.metric(CPU_PER_POLL, "ms").add(Stats.median(afterBaseline.stream()
                .map(cycle -> cycle.cost().cpuNanos() / 1e6).toList()));
        row.metric(ALLOCATION_PER_POLL, "KB").add(Stats.median(afterBaseline.stream()
                .map(cycle -> cycle.cost().allocatedBytes() / 1024.0).toList()));
        row.metric(LATENCY_P50, "ms").add(Stats.percentile(latencies, latencies.length, 50));
        row.metric(LATENCY_P99, "ms").add(Stats.percentile(latencies, latencies.length, 99));
    }
}
