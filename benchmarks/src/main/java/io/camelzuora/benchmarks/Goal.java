package io.camelzuora.benchmarks;

/**
 * One of the goals, judged against the measured medians.
 *
 * @param figure the measured figure the judgement rests on, in words
 */
record Goal(String workload, String goal, String figure, boolean met) {
}
