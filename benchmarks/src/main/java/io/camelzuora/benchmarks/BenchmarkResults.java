package io.camelzuora.benchmarks;

import java.time.Instant;
import java.util.List;

/** Everything one run produced. */
record BenchmarkResults(BenchmarkSize size, Machine machine, Instant finished, List<ResultRow> rows, List<Goal> goals) {

    List<ResultRow> rowsOf(String workload) {
        return rows.stream().filter(row -> row.workload().equals(workload)).toList();
    }
}
