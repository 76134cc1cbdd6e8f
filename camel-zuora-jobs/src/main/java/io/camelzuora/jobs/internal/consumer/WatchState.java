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

    /**
     * The {@code |}-separated fields of a stored line, or {@code null} when nothing is stored or the line has another
     * number of fields (not written by this watch).
     */
    static String[] fields(String stored, int count) {
        if (stored == null) {
            return null;
        }
        String[] fields = stored.split("\\|", -1);
        return fields.length == count ? fields : null;
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
