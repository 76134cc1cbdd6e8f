package io.camelzuora.examples.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.camelzuora.jobs.model.BulkLoadResult;

/**
 * What an example's load came to: its result, or why it failed, and the statuses the watch reported for each of its
 * jobs. An example that exits waits for it and exits with {@link #awaitExitStatus(Duration)}.
 */
public final class LoadOutcome {

    private final CompletableFuture<BulkLoadResult> result = new CompletableFuture<>();
    private final Map<String, List<String>> statusesByJob = new ConcurrentHashMap<>();

    /** Called by the load route with the load's result. */
    public void loaded(BulkLoadResult loaded) {
        result.complete(loaded);
    }

    /** Called by the load route when the load failed as a whole: Zuora unreachable, credentials refused, ... */
    public void failed(Throwable cause) {
        result.completeExceptionally(cause);
    }

    /** Called by the watch route with each status a job reached. */
    public void statusChanged(String jobId, String status) {
        statusesByJob.computeIfAbsent(jobId, id -> new CopyOnWriteArrayList<>()).add(status);
    }

    /**
     * Waits for the load's result.
     *
     * @throws ExecutionException with the load's failure as the cause
     * @throws TimeoutException   when the load did not end in time
     */
    public BulkLoadResult awaitResult(Duration timeout)
            throws ExecutionException, TimeoutException,
            InterruptedException {
        return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Waits for the load to end and answers the example's exit status: 0 when the load ran to its end (records Zuora
     * refused are part of its result, and logged), 1 when it failed or did not end in time, which it says on standard
     * error.
     */
    public int awaitExitStatus(Duration timeout) throws InterruptedException {
        try {
            BulkLoadResult loaded = awaitResult(timeout);
            System.out.println("The load ended " + loaded.getStatus() + ": " + loaded);
            return 0;
        } catch (ExecutionException e) {
            System.err.println("The load failed: " + e.getCause());
            return 1;
        } catch (TimeoutException e) {
            System.err.println("The load did not end within " + timeout);
            return 1;
        }
    }

    /** The statuses the watch reported, by job id, in the order it reported them. */
    public Map<String, List<String>> statusesByJob() {
        return Map.copyOf(statusesByJob);
    }
}
