package io.camelzuora.benchmarks;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for a watch to get somewhere, with a deadline that fails the run rather than hanging it. */
final class Waits {

    private Waits() {
    }

    static void until(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new GroundTruthException("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(5);
        }
    }
}
