package io.camelzuora.jobs.internal.consumer;

import org.apache.camel.Exchange;
import org.apache.camel.spi.SynchronizationVetoable;

/**
 * Travels with the exchange of one {@link JobChange}: once the exchange completed without an exception, the job's new
 * state is recorded; after a failure nothing is, so the next poll emits the change again. It stays with the exchange
 * the watch emitted (no handover to a copy sent on asynchronously), so it runs before the poll moves on.
 */
final class ChangeDelivery implements SynchronizationVetoable {

    private final JobTrackers trackers;
    private final TrackedJob after;

    ChangeDelivery(JobTrackers trackers, JobChange change) {
        this.trackers = trackers;
        this.after = change.after();
    }

    @Override
    public void onComplete(Exchange exchange) {
        trackers.delivered(after);
    }

    @Override
    public void onFailure(Exchange exchange) {
        // nothing recorded: the change is emitted again
    }

    @Override
    public boolean allowHandover() {
        return false;
    }

    @Override
    public void beforeHandover(Exchange target) {
        // never handed over
    }
}
