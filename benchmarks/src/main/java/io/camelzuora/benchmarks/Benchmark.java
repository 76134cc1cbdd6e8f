package io.camelzuora.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the chosen workloads at one size and judges the goals. Throws {@link GroundTruthException} on a wrong contender.
 */
final class Benchmark {

    /** The workloads by the names {@code bench.workloads} takes, in the order they run. */
    static final List<String> WORKLOADS = List.of("fetch", "watch-by-id", "discovery", "auth", "load");

    private Benchmark() {
    }

    static BenchmarkResults run(BenchmarkSize size) throws Exception {
        return run(size, Set.copyOf(WORKLOADS));
    }

    static BenchmarkResults run(BenchmarkSize size, Set<String> workloads) throws Exception {
        ThreadCost.requireSupport();
        List<ResultRow> rows = new ArrayList<>();
        if (workloads.contains("fetch")) {
            rows.addAll(new FetchWorkload(size).run());
        }
        if (workloads.contains("watch-by-id")) {
            rows.addAll(new WatchByIdWorkload(size, List.of(new ComponentWatch(), new HandWrittenIdWatch())).run());
        }
        if (workloads.contains("discovery")) {
            rows.addAll(new DiscoveryWorkload(size, List.of(new ComponentWatch(), new HandWrittenDiscoveryWatch())).run());
        }
        if (workloads.contains("auth")) {
            rows.add(new AuthWorkload(size).run());
        }
        if (workloads.contains("load")) {
            rows.addAll(new LoadWorkload(size, List.of(ComponentLoad::new, HandWrittenSplitLoad::new)).run());
        }
        return new BenchmarkResults(size, Machine.current(), Instant.now(), rows, Goals.judge(size, rows));
    }

    /**
     * The workloads a {@code bench.workloads} value names: {@code all} (or nothing) for every one, else a comma list of
     * {@link #WORKLOADS}.
     */
    static Set<String> selected(String names) {
        if (names == null || names.isBlank() || names.trim().equals("all")) {
            return Set.copyOf(WORKLOADS);
        }
        Set<String> selected = new LinkedHashSet<>();
        for (String name : names.split(",")) {
            String workload = name.trim();
            if (!WORKLOADS.contains(workload)) {
                throw new IllegalArgumentException(
                        "Unknown workload '" + workload + "' in bench.workloads: use all or"
                                                   + " some of " + String.join(",", WORKLOADS));
            }
            selected.add(workload);
        }
        return selected;
    }
}
