package io.camelzuora.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.camelzuora.simulator.ZuoraSimulator;

/**
 * Workload 2: watch N given jobs. Each round creates N pending jobs; once the watch has seen them all, each job gets
 * one seeded status change (in_progress, completed, failed or cancelled) at a seeded moment within the change spread.
 * Every contender must detect exactly the creations and those changes.
 */
final class WatchByIdWorkload {

    static final String NAME = "watch by id";
    static final String HEAP_PER_JOB = "retained heap per tracked job";

    private final BenchmarkSize size;
    private final List<WatchContender> contenders;

    WatchByIdWorkload(BenchmarkSize size, List<WatchContender> contenders) {
        this.size = size;
        this.contenders = contenders;
    }

    List<ResultRow> run() throws Exception {
        Map<String, ResultRow> rows = new LinkedHashMap<>();
        try (ZuoraSimulator zuora = WatchTenant.create()) {
            String baseUrl = zuora.start();
            String token = zuora.issueToken();
            long simMinusWall = WatchTenant.simMinusWallMillis(zuora);
            Random seeds = new Random(7);
            for (WatchContender contender : contenders) {
                int n = size.watchJobCounts().get(0);
                runRound(zuora, baseUrl, token, simMinusWall, contender, n, seeds.nextLong(), null);
                Progress.say("watch by id warm-up N=%d %s done", n, contender.name());
            }
            for (int index = 0; index < size.watchJobCounts().size(); index++) {
                int n = size.watchJobCounts().get(index);
                for (int round = 1; round <= size.watchRoundsByCount().get(index); round++) {
                    for (WatchContender contender : FetchWorkload.rotated(contenders, round)) {
                        ResultRow row = rows.computeIfAbsent(contender.name() + n,
                                k -> new ResultRow(NAME, contender.name(), "N=" + n));
                        runRound(zuora, baseUrl, token, simMinusWall, contender, n, seeds.nextLong(), row);
                        Progress.say("watch by id N=%d round %d %s: %.1f ms CPU/poll, %.2f requests/open job, p99 %.0f ms",
                                n, round, contender.name(), last(row, WatchRound.CPU_PER_POLL),
                                last(row, WatchRound.REQUESTS_PER_OPEN_JOB), last(row, WatchRound.LATENCY_P99));
                    }
                }
            }
        }
        return new ArrayList<>(rows.values());
    }

    private void runRound(
            ZuoraSimulator zuora, String baseUrl, String token, long simMinusWall,
            WatchContender contender, int n, long seed, ResultRow row)
            throws Exception {
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(zuora.createJob("passenger", "create").id());
        }
        Detections detections = Detections.ofJobs(ids, 2 * n + 16);
        CycleMeter cycles = new CycleMeter(detections);
        Random random = new Random(seed);
        Duration timeout = Duration.ofSeconds(60).plus(size.changeSpread()).plusMillis(2L * n);
        WatchRound.Outcome outcome = WatchRound.run(zuora, contender,
                new WatchTarget(baseUrl, token, ids, size.pollDelay()), detections, cycles,
                () -> detections.count() >= n,
                () -> ids.forEach(id -> zuora.scheduleStatus(id, changeDelay(random), nextStatus(random))),
                2 * n, timeout);
        long[] latencies = GroundTruth.check(contender.name(), zuora.transitions(), new HashSet<>(ids),
                outcome.detections(), simMinusWall, false);
        if (row != null) {
            WatchRound.record(row, outcome, latencies);
            row.metric(HEAP_PER_JOB, "bytes").add((double) outcome.retainedHeapBytes() / n);
        }
    }

    private Duration changeDelay(Random random) {
        return Duration.ofMillis(50 + random.nextInt((int) size.changeSpread().toMillis()));
    }

    /** A seeded mix: most jobs start processing, some end at once (and stop being polled). */
    private static String nextStatus(Random random) {
        int roll = random.nextInt(20);
        return roll < 12 ? "in_progress" : roll < 17 ? "completed" : roll < 19 ? "failed" : "cancelled";
    }

    private static double last(ResultRow row, String metric) {
        List<Double> rounds = row.metrics().get(metric).rounds();
        return rounds.get(rounds.size() - 1);
    }
}
