package io.camelzuora.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** Scratch entry point while the harness grows. */
public final class BenchmarkMain {
    public static void main(String[] args) throws Exception {
        ThreadCost.requireSupport();
        BenchmarkSize size = BenchmarkSize.named(System.getProperty("bench.size", "smoke"));
        List<ResultRow> rows = new ArrayList<>(new FetchWorkload(size).run());
        for (ResultRow row : rows) {
            System.out.println(row.contender() + " " + row.setting() + " " + row.metrics().entrySet().stream()
                    .map(e -> e.getKey() + "=" + String.format("%.1f", e.getValue().median())).toList());
        }
    }
}
