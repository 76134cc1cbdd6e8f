package io.camelzuora.benchmarks;

import java.util.Arrays;
import java.util.List;

/** Medians and percentiles. */
final class Stats {

    private Stats() {
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * The nearest-rank percentile.
     *
     * @param values  the samples; sorted in place
     * @param percent 0 to 100
     */
    static long percentile(long[] values, int length, double percent) {
        if (length == 0) {
            return -1;
        }
        Arrays.sort(values, 0, length);
        int rank = (int) Math.ceil(percent / 100 * length);
        return values[Math.max(0, Math.min(length, rank) - 1)];
    }
}
