package io.camelzuora.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The simulator's controllable clock. Job life cycles, token expiry, rate-limit windows and idempotency retention all
 * follow it, never the wall clock.
 *
 * <p>
 * It starts frozen at {@value #DEFAULT_START}: time only moves through {@link #advance(Duration)} and
 * {@link #set(Instant)}, which makes tests deterministic. {@link #runInRealTime(double)} lets it run on its own (for
 * examples and benchmarks), optionally faster than the wall clock.
 *
 * <p>
 * Moving the clock applies every job transition that became due, in time order.
 */
public final class SimulatorClock {

    /** Where a new clock starts. */
    public static final String DEFAULT_START = "2026-01-01T00:00:00Z";

    private final Runnable onTimeMoved;
    private Instant anchor = Instant.parse(DEFAULT_START);
    private long anchorNanos;
    /** 0 while frozen; otherwise simulated nanoseconds per wall nanosecond. */
    private double speed;

    SimulatorClock(Runnable onTimeMoved) {
        this.onTimeMoved = onTimeMoved;
    }

    /**
     * The current simulated time, truncated to milliseconds like Zuora's timestamps.
     *
     * @return the current simulated time
     */
    public synchronized Instant now() {
        if (speed == 0) {
            return anchor;
        }
        long elapsed = (long) ((System.nanoTime() - anchorNanos) * speed);
        return anchor.plusNanos(elapsed).truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Moves the clock forward and applies the job transitions that became due.
     *
     * @param duration how far to move; must not be negative
     */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the clock cannot move backwards: " + duration);
        }
        synchronized (this) {
            anchor = now().plus(duration).truncatedTo(ChronoUnit.MILLIS);
            anchorNanos = System.nanoTime();
        }
        onTimeMoved.run();
    }

    /**
     * Sets the clock. Transitions scheduled before {@code time} are applied at once; setting it into the past leaves
     * already applied transitions as they are.
     *
     * @param time the new simulated time
     */
    public void set(Instant time) {
        Objects.requireNonNull(time, "time");
        synchronized (this) {
            anchor = time.truncatedTo(ChronoUnit.MILLIS);
            anchorNanos = System.nanoTime();
        }
        onTimeMoved.run();
    }

    /**
     * Lets the clock run on its own from its current time.
     *
     * @param speed simulated seconds per wall second (1 = real time); must be positive
     */
    public synchronized void runInRealTime(double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive: " + speed);
        }
        anchor = now();
        anchorNanos = System.nanoTime();
        this.speed = speed;
    }

    /** Stops the clock at its current time; from now on only {@link #advance} and {@link #set} move it. */
    public synchronized void freeze() {
        anchor = now();
        speed = 0;
    }

    /**
     * Whether the clock runs on its own.
     *
     * @return {@code true} after {@link #runInRealTime(double)} until {@link #freeze()}
     */
    public synchronized boolean isRunning() {
        return speed != 0;
    }
}
