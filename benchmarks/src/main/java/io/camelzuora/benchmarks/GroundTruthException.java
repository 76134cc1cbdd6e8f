package io.camelzuora.benchmarks;

/** A contender did not detect exactly the status changes the simulator made: the benchmark run is invalid. */
final class GroundTruthException extends RuntimeException {

    GroundTruthException(String message) {
        super(message);
    }
}
