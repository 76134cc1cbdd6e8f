package io.camelzuora.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.camelzuora.simulator.ZuoraSimulator;

/**
 * Workload 3: watch a whole tenant with a long history. Each round, once the watch has its baseline, new jobs appear at
 * seeded moments within the change spread, and each ends (completed, failed or cancelled) a while later: long enough
 * for every contender to see it pending first. Every contender must detect exactly each new job and its end, and
 * nothing of the history.
 */
final class DiscoveryWorkload {

    static final String NAME = "watch by discovery";

    private final BenchmarkSize size;
    private final List<WatchContender> contenders;

    DiscoveryWorkload(BenchmarkSize size, List<WatchContender> contenders) {
        this.size = size;
        this.contenders = contenders;
    }

    List<ResultRow> run() throws Exception {
        List<ResultRow> rows = new ArrayList<>();
        try (ZuoraSimulator zuora = WatchTenant.create()) {
            zuora.seedHistory(size.historyJobs(), 11);
            String baseUrl = zuora.start();
            String token = zuora.issueToken();
            long simMinusWall = WatchTenant.simMinusWallMillis(zuora);
            Random seeds = new Random(13);
            for (WatchContender contender : contenders) {
                runRound(zuora, baseUrl, token, simMinusWall, contender, seeds.nextLong(), null);
                Progress.say("discovery warm-up %s done", contender.name());
            }
            String setting = "history=" + size.historyJobs() + ", new jobs=" + size.newJobsPerRound();
            for (WatchContender contender : contenders) {
                rows.add(new ResultRow(NAME, contender.name(), setting));
            }
            for (int round = 1; round <= size.measuredRounds(); round++) {
                for (WatchContender contender : FetchWorkload.rotated(contenders, round)) {
                    ResultRow row = rows.stream().filter(r -> r.contender().equals(contender.name())).findFirst()
                            .orElseThrow();
                    runRound(zuora, baseUrl, token, simMinusWall, contender, seeds.nextLong(), row);
                    List<Double> requests = row.metrics().get(WatchRound.REQUESTS_PER_POLL).rounds();
                    Progress.say("discovery round %d %s: %.1f requests/poll", round, contender.name(),
                            requests.get(requests.size() - 1));
                }
            }
        }
        return rows;
    }

    private void runRound(
            ZuoraSimulator zuora, String baseUrl, String token, long simMinusWall,
            WatchContender contender, long seed, ResultRow row)
            throws Exception {
        int newJobs = size.newJobsPerRound();
        Detections detections = Detections.discovered(2 * newJobs + 64);
        CycleMeter cycles = new CycleMeter(detections);
        Set<String> created = ConcurrentHashMap.newKeySet();
        Random random = new Random(seed);
        ScheduledExecutorService stream = Executors.newSingleThreadScheduledExecutor();
        Duration pollDelay = size.pollDelay();
        try {
            WatchRound.Outcome outcome = WatchRound.run(zuora, contender,
                    new WatchTarget(baseUrl, token, null, pollDelay), detections, cycles, () -> cycles.count() >= 1,
                    () -> {
                        // long enough to be polled twice while pending, however long a poll of this contender takes
                        long poll = pollDelay.toMillis() + cycles.all().get(0).wallNanos() / 1_000_000;
                        Duration pending
                                = Duration.ofMillis(Math.max(3 * pollDelay.toMillis(), 2 * poll + pollDelay.toMillis()));
                        for (int i = 0; i < newJobs; i++) {
                            String end = List.of("completed", "completed", "failed", "cancelled").get(random.nextInt(4));
                            stream.schedule(() -> {
                                String id = zuora.createJob("passenger", "create").id();
                                created.add(id);
                                zuora.scheduleStatus(id, pending, end);
                            }, random.nextInt((int) size.changeSpread().toMillis()), TimeUnit.MILLISECONDS);
                        }
                    },
                    2 * newJobs, Duration.ofSeconds(60).plus(size.changeSpread()));
            long[] latencies = GroundTruth.check(contender.name(), zuora.transitions(), new HashSet<>(created),
                    outcome.detections(), simMinusWall, true);
            if (row != null) {
                WatchRound.record(row, outcome, latencies);
                row.metric(WatchRound.RETAINED_HEAP, "KB").add(outcome.retainedHeapBytes() / 1024.0);
            }
        } finally {
            stream.shutdownNow();
        }
    }
}
