package io.camelzuora.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * One figure measured once per round: its rounds' values, their median (the figure reported) and their spread.
 *
 * @param unit what the values count, e.g. {@code fetches/s}
 */
record Metric(String unit, List<Double> rounds) {

    static Metric of(String unit) {
        return new Metric(unit, new ArrayList<>());
    }

    void add(double value) {
        rounds.add(value);
    }

    double median() {
        return Stats.median(rounds);
    }

    double min() {
        return rounds.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    double max() {
        return rounds.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
