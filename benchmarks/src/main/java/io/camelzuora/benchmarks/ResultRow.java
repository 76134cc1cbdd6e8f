package io.camelzuora.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one contender in one setting of one workload, e.g. {@code fetch / raw HttpClient 5 / concurrency 16}.
 *
 * @param setting what distinguishes rows of the same contender, e.g. {@code concurrency=16}
 * @param metrics by name, in the order they are reported
 */
record ResultRow(String workload, String contender, String setting, Map<String, Metric> metrics) {

    ResultRow(String workload, String contender, String setting) {
        this(workload, contender, setting, new LinkedHashMap<>());
    }

    Metric metric(String name, String unit) {
        return metrics.computeIfAbsent(name, n -> Metric.of(unit));
    }

    double median(String name) {
        Metric metric = metrics.get(name);
        if (metric == null) {
            throw new IllegalStateException(workload + "/" + contender + "/" + setting + " has no metric " + name);
        }
        return metric.median();
    }
}
