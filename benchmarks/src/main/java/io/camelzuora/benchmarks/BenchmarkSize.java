package io.camelzuora.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * How big a run is. {@code full} is the size the README's figures come from; {@code smoke} runs every workload and
 * every ground-truth check in seconds, so CI keeps the harness working.
 *
 * @param fetches              fetches per contender, per concurrency, per round
 * @param concurrencies        caller threads of the fetch workload
 * @param measuredRounds       rounds that count; a warm-up round runs before them
 * @param watchJobCounts       the N of the watch-by-id workload
 * @param watchRoundsByCount   measured rounds of the watch-by-id workload per N (same order as watchJobCounts)
 * @param pollDelay            the watch contenders' delay between polls
 * @param changeSpread         how long after the baseline the scheduled status changes are spread over
 * @param historyJobs          terminal jobs in the discovery tenant before it is watched
 * @param newJobsPerRound      jobs created while a discovery round runs
 * @param authDuration         how long the 16 threads of the auth workload fetch
 * @param tokenTtl             the token lifetime of the auth workload
 * @param authThreads          caller threads of the auth workload
 * @param loadInputBytes       the sizes of the CSV files the load workload loads
 * @param loadPartSize         the load contenders' part size, in bytes
 * @param loadRecordsPerSecond the rows per second each simulated job processes in the load workload
 */
record BenchmarkSize(String name, int fetches, List<Integer> concurrencies, int measuredRounds,
        List<Integer> watchJobCounts, List<Integer> watchRoundsByCount, Duration pollDelay, Duration changeSpread,
        int historyJobs, int newJobsPerRound, Duration authDuration, Duration tokenTtl, int authThreads,
        List<Long> loadInputBytes, int loadPartSize, double loadRecordsPerSecond) {

    static BenchmarkSize named(String name) {
        return switch (name) {
            case "full" -> new BenchmarkSize(
                    "full", 20_000, List.of(1, 16), 5, List.of(100, 1_000, 10_000),
                    List.of(5, 5, 5), Duration.ofSeconds(1), Duration.ofSeconds(2), 10_000, 20, Duration.ofSeconds(15),
                    Duration.ofSeconds(3), 16, List.of(100L << 20, 1L << 30), 15 << 20, 15_000);
            case "smoke" -> new BenchmarkSize(
                    "smoke", 300, List.of(1, 4), 2, List.of(20), List.of(2),
                    Duration.ofMillis(200), Duration.ofMillis(500), 300, 4, Duration.ofSeconds(3), Duration.ofSeconds(1),
                    4, List.of(200_000L), 40_000, 20_000);
            default -> throw new IllegalArgumentException("Unknown benchmark size '" + name + "': use full or smoke");
        };
    }
}
