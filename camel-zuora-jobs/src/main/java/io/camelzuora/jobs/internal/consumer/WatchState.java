package io.camelzuora.jobs.internal.consumer;

import org.apache.camel.spi.StateRepository;

/**
 * The watch's memory in a Camel {@link StateRepository}: one entry per job (its {@link TrackedJob} line, keyed by the
 * job id) and, in discovery mode, one entry for the discovery's position ({@link DiscoveryMark}). Entries are written
 * only for changes that were delivered, so what is stored is what the route has seen.
 */
final class WatchState {

    static final String DISCOVERY_KEY = "zuora-jobs.discovery";

    private final StateRepository<String, String> repository;

    WatchState(StateRepository<String, String> repository) {
        this.repository = repository;
    }

    /** The stored job, or {@code null} when the watch never delivered a change of it. */
    TrackedJob load(String jobId) {
        return TrackedJob.decode(jobId, repository.getState(jobId));
    }

    void save(TrackedJob job) {
        repository.setState(job.id(), job.encode());
    }

    /** The discovery's stored position, or {@code null} before the first baseline. */
    DiscoveryMark loadDiscovery() {
        return DiscoveryMark.decode(repository.getState(DISCOVERY_KEY));
    }

    void saveDiscovery(DiscoveryMark mark) {
        String encoded = mark.encode();
        if (!encoded.equals(repository.getState(DISCOVERY_KEY))) {
            repository.setState(DISCOVERY_KEY, encoded);
        }
    }
}
