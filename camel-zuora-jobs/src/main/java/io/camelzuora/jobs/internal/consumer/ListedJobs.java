package io.camelzuora.jobs.internal.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.camelzuora.jobs.WatchedJobIds;

/**
 * The jobs named by the {@code jobIds} option: one {@code GET /objects/jobs/{id}} per job that is not finished yet,
 * none for a finished one. A supplier of ids is read again on every poll.
 */
final class ListedJobs implements JobSource {

    /**
     * The changes of a large poll are emitted every this many jobs: a watch of thousands of jobs would otherwise hold
     * every change until the last job is read, adding the whole poll's duration to how late it is delivered.
     */
    private static final int EMIT_EVERY = 100;

    private final WatchedJobIds jobIds;
    private final JobFetcher fetcher;
    private final JobTrackers trackers;

    ListedJobs(WatchedJobIds jobIds, JobFetcher fetcher, WatchState state) {
        this.jobIds = jobIds;
        this.fetcher = fetcher;
        this.trackers = JobTrackers.keepingFinished(state);
    }

    @Override
    public JobTrackers trackers() {
        return trackers;
    }

    @Override
    public void start() {
        // checks the ids at start, so a bad id fails the route instead of every poll
        jobIds.resolve();
    }

    @Override
    public void observe(ObservationSink sink) throws Exception {
        Set<String> ids = jobIds.resolve();
        if (jobIds.isDynamic()) {
            trackers.retainOnly(ids);
        }
        List<String> unfinished = new ArrayList<>(ids.size());
        for (String id : ids) {
            if (trackers.needsRequest(id)) {
                unfinished.add(id);
            }
        }
        for (int from = 0; from < unfinished.size(); from += EMIT_EVERY) {
            Observations observations = new Observations();
            boolean fetched = fetcher.fetchAll(unfinished.subList(from, Math.min(unfinished.size(), from + EMIT_EVERY)),
                    observations);
            if (!sink.accept(observations) || !fetched) {
                return;
            }
        }
    }

    @Override
    public void save() {
        // every job's state is stored as its change is delivered; there is no list position to keep
    }
}
