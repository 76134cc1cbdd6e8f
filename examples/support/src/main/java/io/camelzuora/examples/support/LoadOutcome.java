package io.camelzuora.examples.support;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** The lifecycle the watch reported for the load's job, and its end, which the example waits for before exiting. */
public final class LoadOutcome {

    private final List<String> statuses = new CopyOnWriteArrayList<>();
    private final CompletableFuture<String> finalStatus = new CompletableFuture<>();
    private volatile int rowErrors;

    /** Called by the watch route with each status the job reached. */
    public void statusChanged(String status, boolean terminal) {
        statuses.add(status);
        if (terminal) {
            finalStatus.complete(status);
        }
    }

    /** Called with the failed rows Zuora reported for a failed job. */
    public void rowErrors(List<?> errors) {
        rowErrors = errors.size();
    }

    /** Waits for the job to end and returns its final status. */
    public String awaitEnd(long timeout, TimeUnit unit) throws Exception {
        return finalStatus.get(timeout, unit);
    }

    public List<String> statuses() {
        return List.copyOf(statuses);
    }

    public int rowErrorCount() {
        return rowErrors;
    }
}
