package io.camelzuora.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Runs every workload at one size and judges the goals. Throws {@link GroundTruthException} on a wrong contender. */
final class Benchmark {

    private Benchmark() {
    }

    static BenchmarkResults run(BenchmarkSize size) throws Exception {
        ThreadCost.requireSupport();
        List<ResultRow> rows = new ArrayList<>();
        rows.addAll(new FetchWorkload(size).run());
        rows.addAll(new WatchByIdWorkload(size, List.of(new ComponentWatch(), new HandWrittenIdWatch())).run());
        rows.addAll(new DiscoveryWorkload(size, List.of(new ComponentWatch(), new HandWrittenDiscoveryWatch())).run());
        rows.add(new AuthWorkload(size).run());
        return new BenchmarkResults(size, Machine.current(), Instant.now(), rows, Goals.judge(size, rows));
    }
}
