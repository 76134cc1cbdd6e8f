package io.camelzuora.jobs.internal.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.internal.client.CallOptions;
import io.camelzuora.jobs.internal.client.InputChecks;
import io.camelzuora.jobs.internal.client.ZuoraJobsClient;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.jobs.model.JobPage;
import io.camelzuora.jobs.model.JobStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the tenant's jobs through {@code GET /objects/jobs}, which lists jobs newest first.
 * <p>
 * <b>Baseline</b> (first start, nothing stored): the newest job becomes the watermark, and the non-terminal jobs are
 * fetched with one {@code status=} listing per non-terminal status, so the history is never paged (unless
 * {@code emitHistory} asks for it; the history is then read {@code discoveryMaxPages} pages per poll). <b>Each later
 * poll</b> pages the list from the newest job until it reaches the watermark (one request on a quiet tenant): the jobs
 * above it are new, even when they already finished between two polls. Watched jobs that appeared on those pages need
 * no request; every other watched job costs one {@code GET /objects/jobs/{id}}.
 * <p>
 * <b>If the list order does not hold</b> (the watermark job was deleted, or Zuora sorts differently) the scan also
 * stops at the first job created before the watermark, and never reads more than {@code discoveryMaxPages} pages. A
 * periodic reconciliation ({@code discoveryReconcileInterval}) lists each non-terminal status, one per poll, and picks
 * up any running job the scan missed, at a cost of one request per poll while it runs.
 */
final class JobDiscovery implements JobSource {

    private static final Logger LOG = LoggerFactory.getLogger(JobDiscovery.class);
    private static final List<String> ACTIVE_STATUSES = List.of(JobStatus.ACCEPTED.value(), JobStatus.PENDING.value(),
            JobStatus.IN_PROGRESS.value());
    private static final int FULL_PAGE = 100;

    private final ZuoraJobsClient client;
    private final JobFetcher fetcher;
    private final WatchState state;
    private final JobTrackers trackers;
    private final DiscoverySettings settings;
    private final Clock clock;
    /** Terminal jobs found in the list whose change is not delivered yet: emitted from here, without a new request. */
    private final Map<String, CustomObjectBulkJob> listedTerminal = new HashMap<>();
    private DiscoveryMark mark;
    /** The mark a baseline under way will set once it is complete. */
    private DiscoveryMark baselineMark;
    /** The history an {@code emitHistory} baseline still has to read. */
    private ListingWalk history;
    private Instant nextReconcile;
    private int reconcileStep;

    JobDiscovery(ZuoraJobsClient client, JobFetcher fetcher, WatchState state, DiscoverySettings settings, Clock clock) {
        this.client = client;
        this.fetcher = fetcher;
        this.state = state;
        this.trackers = JobTrackers.forgettingFinished(state);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public JobTrackers trackers() {
        return trackers;
    }

    @Override
    public void start() {
        mark = state.loadDiscovery();
        if (mark != null) {
            for (String id : mark.watched()) {
                trackers.findOrTrack(id, clock.millis());
            }
        }
        scheduleReconcile();
    }

    @Override
    public void observe(ObservationSink sink) throws Exception {
        Observations observations = new Observations();
        listedTerminal.keySet().removeIf(id -> !trackers.isUnfinished(id));
        try {
            if (mark == null) {
                baseline(observations);
            } else {
                scan(observations);
            }
        } catch (ZuoraApiException failure) {
            observations.failed(failure);
        }
        sink.accept(observations);
    }

    private void baseline(Observations observations) {
        if (baselineMark == null) {
            List<CustomObjectBulkJob> newest = trusted(client.listJobs(1, null, null, CallOptions.NONE).body(),
                    observations);
            CustomObjectBulkJob top = newest.isEmpty() ? null : newest.get(0);
            baselineMark = top == null
                    ? new DiscoveryMark(null, Long.MIN_VALUE, Set.of())
                    : new DiscoveryMark(top.getId(), createdMillis(top), Set.of());
            history = settings.emitHistory() ? new ListingWalk(null) : null;
        }
        List<CustomObjectBulkJob> found = new ArrayList<>();
        if (history != null) {
            // at most discoveryMaxPages pages per poll; the next poll carries on where this one stopped
            history.read(found, settings.maxPages(), observations);
        } else {
            for (String status : ACTIVE_STATUSES) {
                found.addAll(pages(status, settings.maxPages(), observations));
            }
        }
        // oldest first, so the first exchanges come in the order the jobs were submitted
        found.sort(Comparator.comparingLong(JobDiscovery::createdMillis));
        found.forEach(observations::add);
        rememberTerminal(found);
        if (history != null && !history.done()) {
            LOG.debug("zuora-jobs:watch read {} job(s) of the history; it carries on at the next poll", found.size());
            return;
        }
        mark = baselineMark;
        baselineMark = null;
        history = null;
        LOG.info("zuora-jobs:watch baseline taken at job {}: {} {} job(s) to watch", mark.watermarkId(), found.size(),
                settings.emitHistory() ? "listed" : "non-terminal");
    }

    private void scan(Observations observations) {
        Map<String, CustomObjectBulkJob> listed = new HashMap<>();
        List<CustomObjectBulkJob> fresh = new ArrayList<>();
        CustomObjectBulkJob newestListed = null;
        boolean reachedMark = false;
        Set<String> cursors = new HashSet<>();
        String cursor = null;
        for (int page = 0; page < settings.maxPages() && !reachedMark; page++) {
            JobPage result = client.listJobs(settings.pageSize(), cursor, null, CallOptions.NONE).body();
            for (CustomObjectBulkJob job : trusted(result, observations)) {
                newestListed = newestListed == null ? job : newestListed;
                listed.put(job.getId(), job);
                reachedMark = reachedMark || isAtOrBelowMark(job);
                if (!reachedMark) {
                    fresh.add(job);
                }
            }
            String next = result.getCursor();
            if (next == null || result.getJobs() == null || result.getJobs().isEmpty()) {
                reachedMark = true;
            } else if (!cursors.add(next)) {
                observations.failed(repeatedCursor(next));
                reachedMark = true;
            }
            cursor = next;
        }
        if (!reachedMark) {
            LOG.warn("zuora-jobs:watch did not reach its last known job {} within {} page(s) of {} jobs; the jobs further"
                     + " down are not scanned this time (running ones are found by the next reconciliation)",
                    mark.watermarkId(), settings.maxPages(), settings.pageSize());
        }
        Collections.reverse(fresh);
        fresh.forEach(observations::add);
        rememberTerminal(fresh);
        fetchWatched(observations, listed);
        if (observations.failure() == null) {
            reconcile(observations);
        }
        if (newestListed != null) {
            mark = new DiscoveryMark(newestListed.getId(), createdMillis(newestListed), mark.watched());
        }
    }

    private boolean isAtOrBelowMark(CustomObjectBulkJob job) {
        if (mark.watermarkId() == null) {
            return false;
        }
        long created = createdMillis(job);
        return mark.watermarkId().equals(job.getId()) || created != Long.MIN_VALUE && created < mark.watermarkCreated();
    }

    private void fetchWatched(Observations observations, Map<String, CustomObjectBulkJob> listed) {
        List<String> toFetch = new ArrayList<>();
        for (TrackedJob tracker : trackers.unfinished()) {
            String id = tracker.id();
            if (observations.contains(id)) {
                continue;
            }
            CustomObjectBulkJob known = listed.containsKey(id) ? listed.get(id) : listedTerminal.get(id);
            if (known != null) {
                observations.add(known);
            } else {
                toFetch.add(id);
            }
        }
        fetcher.fetchAll(toFetch, observations);
    }

    /** One non-terminal status per poll while a reconciliation runs; see the class comment. */
    private void reconcile(Observations observations) {
        if (nextReconcile == null || clock.instant().isBefore(nextReconcile)) {
            return;
        }
        for (CustomObjectBulkJob job : pages(ACTIVE_STATUSES.get(reconcileStep), settings.maxPages(), observations)) {
            if (!trackers.isUnfinished(job.getId())) {
                observations.add(job);
            }
        }
        reconcileStep++;
        if (reconcileStep == ACTIVE_STATUSES.size()) {
            reconcileStep = 0;
            scheduleReconcile();
        }
    }

    private void scheduleReconcile() {
        Duration interval = settings.reconcileInterval();
        nextReconcile = interval.isZero() ? null : clock.instant().plus(interval);
    }

    /** Every page of the listing (newest first), at most {@code maxPages}. */
    private List<CustomObjectBulkJob> pages(String status, int maxPages, Observations observations) {
        List<CustomObjectBulkJob> jobs = new ArrayList<>();
        ListingWalk walk = new ListingWalk(status);
        walk.read(jobs, maxPages, observations);
        return jobs;
    }

    /**
     * One walk down the job list, page by page, possibly over several polls. It ends at the last page, or with a clear
     * failure when Zuora hands back a cursor it already gave in this walk, instead of reading the same pages for ever.
     */
    private final class ListingWalk {

        private final String status;
        private final Set<String> cursors = new HashSet<>();
        private String cursor;
        private boolean done;

        ListingWalk(String status) {
            this.status = status;
        }

        /** Reads up to {@code maxPages} further pages into {@code jobs}. */
        void read(List<CustomObjectBulkJob> jobs, int maxPages, Observations observations) {
            for (int page = 0; page < maxPages && !done; page++) {
                JobPage result = client.listJobs(FULL_PAGE, cursor, status, CallOptions.NONE).body();
                jobs.addAll(trusted(result, observations));
                String next = result.getCursor();
                if (next == null || result.getJobs() == null || result.getJobs().isEmpty()) {
                    done = true;
                } else if (!cursors.add(next)) {
                    done = true;
                    observations.failed(repeatedCursor(next));
                }
                cursor = next;
            }
        }

        boolean done() {
            return done;
        }
    }

    private static ZuoraApiException repeatedCursor(String cursor) {
        return new ZuoraApiException(
                "GET /objects/jobs returned the cursor " + InputChecks.show(cursor)
                                     + " a second time in the same walk down the job list; the walk stopped there"
                                     + " instead of reading the same pages again",
                0, null, null, null, null, null);
    }

    /** The page's jobs that can be trusted; the others are noted as skipped. */
    private static List<CustomObjectBulkJob> trusted(JobPage page, Observations observations) {
        List<CustomObjectBulkJob> jobs = page.getJobs() == null ? List.of() : page.getJobs();
        List<CustomObjectBulkJob> trusted = new ArrayList<>(jobs.size());
        for (CustomObjectBulkJob job : jobs) {
            String problem = UntrustedJobs.problem(job);
            if (problem == null) {
                trusted.add(job);
            } else {
                observations.skipped().add(problem);
            }
        }
        return trusted;
    }

    private void rememberTerminal(List<CustomObjectBulkJob> jobs) {
        for (CustomObjectBulkJob job : jobs) {
            if (job.isTerminal()) {
                listedTerminal.put(job.getId(), job);
            }
        }
    }

    @Override
    public void save() {
        if (mark == null) {
            return;
        }
        Set<String> watched = new LinkedHashSet<>();
        trackers.unfinished().forEach(tracker -> watched.add(tracker.id()));
        mark = new DiscoveryMark(mark.watermarkId(), mark.watermarkCreated(), watched);
        state.saveDiscovery(mark);
    }

    private static long createdMillis(CustomObjectBulkJob job) {
        try {
            Instant created = job.getCreatedInstant();
            return created == null ? Long.MIN_VALUE : created.toEpochMilli();
        } catch (DateTimeParseException e) {
            return Long.MIN_VALUE;
        }
    }
}
