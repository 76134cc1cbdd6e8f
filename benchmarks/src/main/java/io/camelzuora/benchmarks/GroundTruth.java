package io.camelzuora.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelzuora.simulator.StatusTransition;

/**
 * Compares what a contender detected with the status changes the simulator made: each change of a watched job must be
 * detected exactly once, and nothing else may be. Answers the detection latencies.
 */
final class GroundTruth {

    private static final int EXAMPLES = 5;

    private GroundTruth() {
    }

    /**
     * @param  transitions          every transition of the simulator (filtered here to {@code watched})
     * @param  watched              the jobs the contender had to watch
     * @param  simMinusWallMillis   simulator clock minus wall clock, to place a change in wall time
     * @param  timeCreations        whether a job's creation counts for latency (it does when the job appeared while
     *                              watched, not when it existed before the watch started)
     * @return                      the latency in milliseconds of each timed change, from the change to its exchange
     * @throws GroundTruthException when a change was missed, detected twice, or made up
     */
    static long[] check(
            String contender, List<StatusTransition> transitions, Set<String> watched,
            List<Detections.Detection> detections, long simMinusWallMillis, boolean timeCreations) {
        Map<String, StatusTransition> expected = new HashMap<>();
        for (StatusTransition transition : transitions) {
            if (watched.contains(transition.jobId())) {
                expected.put(transition.jobId() + " " + transition.to(), transition);
            }
        }
        int expectedCount = expected.size();
        List<String> wrong = new ArrayList<>();
        long[] latencies = new long[detections.size()];
        int timed = 0;
        for (Detections.Detection detection : detections) {
            StatusTransition change = expected.remove(detection.jobId() + " " + detection.status());
            if (change == null) {
                wrong.add("unexpected or repeated: " + detection.jobId() + " " + detection.status());
            } else if (change.from() != null || timeCreations) {
                latencies[timed++] = detection.wallMillis() - (change.at().toEpochMilli() - simMinusWallMillis);
            }
        }
        expected.values().forEach(missed -> wrong.add("missed: " + missed.jobId() + " " + missed.from() + " -> "
                                                      + missed.to() + " at " + missed.at()));
        if (!wrong.isEmpty()) {
            throw new GroundTruthException(
                    contender + " detected " + detections.size() + " changes, the simulator made "
                                           + expectedCount + "; " + wrong.size() + " differences, e.g. "
                                           + wrong.subList(0, Math.min(EXAMPLES, wrong.size())));
        }
        return java.util.Arrays.copyOf(latencies, timed);
    }
}
