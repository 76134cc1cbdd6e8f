package io.camelzuora.jobs.exception;

import java.time.Duration;

import io.camelzuora.jobs.model.CustomObjectBulkJob;

/**
 * A job did not reach a terminal status within the time allowed to wait for it. The job itself is untouched: it was
 * neither cancelled nor submitted again, and may still finish; {@link #getLastSeenJob()} is its state at the last poll.
 */
public class ZuoraJobTimeoutException extends RuntimeException {

    private final transient CustomObjectBulkJob lastSeenJob;
    private final Duration timeout;

    public ZuoraJobTimeoutException(CustomObjectBulkJob lastSeenJob, Duration timeout) {
        super("Job " + ServerText.of(lastSeenJob.getId()) + " was still " + ServerText.of(lastSeenJob.getStatus())
              + " after waiting " + timeout
              + "; it was left as it is (not cancelled) and may still finish");
        this.lastSeenJob = lastSeenJob;
        this.timeout = timeout;
    }

    /** The job as the last poll saw it. */
    public CustomObjectBulkJob getLastSeenJob() {
        return lastSeenJob;
    }

    /** How long was waited. */
    public Duration getTimeout() {
        return timeout;
    }
}
