package io.camelzuora.jobs.internal.client;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.apache.hc.core5.concurrent.Cancellable;

/**
 * The deadlines of the calls in flight, enforced by one daemon thread that looks at them every {@value #TICK_MILLIS} ms
 * and cancels those past theirs. A call costs an entry in a concurrent set, not a scheduled task: scheduling one per
 * call woke the timer thread on every request and cost a fetch about a fifth of its throughput.
 */
final class CallDeadlines implements AutoCloseable {

    static final long TICK_MILLIS = 50;

    /** One call: what to cancel, when, and whether it was. */
    static final class Deadline {
        private final Cancellable request;
        private final long expiresAtNanos;
        private volatile boolean expired;

        private Deadline(Cancellable request, long expiresAtNanos) {
            this.request = request;
            this.expiresAtNanos = expiresAtNanos;
        }

        boolean expired() {
            return expired;
        }
    }

    private final Set<Deadline> inFlight = ConcurrentHashMap.newKeySet();
    private final Thread watchdog;
    private volatile boolean closed;

    CallDeadlines() {
        watchdog = new Thread(this::watch, "ZuoraJobsCallDeadline");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    Deadline start(Cancellable request, Duration timeout) {
        Deadline deadline = new Deadline(request, System.nanoTime() + timeout.toNanos());
        inFlight.add(deadline);
        return deadline;
    }

    void end(Deadline deadline) {
        inFlight.remove(deadline);
    }

    private void watch() {
        while (!closed) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
            long now = System.nanoTime();
            for (Deadline deadline : inFlight) {
                if (now - deadline.expiresAtNanos >= 0) {
                    deadline.expired = true;
                    inFlight.remove(deadline);
                    deadline.request.cancel();
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(watchdog);
    }
}
