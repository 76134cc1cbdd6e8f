package io.camelzuora.jobs.consumer;

import java.util.Set;

import io.camelzuora.jobs.client.CallOptions;
import io.camelzuora.jobs.client.ZuoraApiException;
import io.camelzuora.jobs.client.ZuoraJobNotFoundException;
import io.camelzuora.jobs.client.ZuoraJobsClient;

/**
 * The jobs named by the {@code jobIds} option: one {@code GET /objects/jobs/{id}} per job that is not finished yet,
 * none for a finished one. A supplier of ids is read again on every poll.
 */
final class ListedJobs implements JobSource {

    private final JobIdList jobIds;
    private final ZuoraJobsClient client;

    ListedJobs(JobIdList jobIds, ZuoraJobsClient client) {
        this.jobIds = jobIds;
        this.client = client;
    }

    @Override
    public void start(JobTrackers trackers) {
        // checks the ids at start, so a bad id fails the route instead of every poll
        jobIds.resolve();
    }

    @Override
    public Observations observe(JobTrackers trackers) {
        Set<String> ids = jobIds.resolve();
        if (jobIds.isDynamic()) {
            trackers.retainOnly(ids);
        }
        Observations observations = new Observations();
        for (String id : ids) {
            TrackedJob tracker = trackers.find(id);
            if (trackers.isExcluded(id) || tracker != null && tracker.finished()) {
                continue;
            }
            try {
                observations.add(client.getJob(id, CallOptions.NONE).body());
            } catch (ZuoraJobNotFoundException notFound) {
                observations.missing(notFound);
            } catch (ZuoraApiException failure) {
                observations.failed(failure);
                break;
            }
        }
        return observations;
    }

    @Override
    public void save(JobTrackers trackers) {
        // every job's state is stored as its change is delivered; there is no list position to keep
    }

    @Override
    public boolean keepsFinishedInMemory() {
        return true;
    }
}
