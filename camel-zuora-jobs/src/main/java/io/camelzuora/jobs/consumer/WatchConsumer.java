package io.camelzuora.jobs.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

import io.camelzuora.jobs.ZuoraJobsConfiguration;
import io.camelzuora.jobs.ZuoraJobsEndpoint;
import io.camelzuora.jobs.client.CallOptions;
import io.camelzuora.jobs.client.InputChecks;
import io.camelzuora.jobs.client.ZuoraApiException;
import io.camelzuora.jobs.client.ZuoraJobNotFoundException;
import io.camelzuora.jobs.client.ZuoraRateLimitException;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.jobs.model.JobRowError;
import io.camelzuora.jobs.model.JobStatus;
import io.camelzuora.jobs.state.FencedWriteException;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code zuora-jobs:watch} consumer: each poll fetches the watched jobs (the {@code jobIds}, or every job of the
 * tenant through discovery) and emits one exchange per observed status change, in batches as the jobs are read (a
 * large {@code jobIds} poll emits a batch per hundred jobs, so early changes are not held back by the rest).
 * <p>
 * Delivery is at least once: a job's new status is stored in the {@code stateRepository} only after its exchange
 * completed without an exception, so a failed exchange is emitted again by the next poll (with the status the job has
 * then). A failed request fails the poll (the scheduler counts it, so the backoff options and the health check see it)
 * after the changes observed before it were emitted; a {@code Retry-After} from Zuora holds back every request until it
 * has passed. Nothing is marked finished on a failure.
 * <p>
 * Under {@code master:} it polls and emits only while the cluster view says this node leads, and once its state
 * repository refuses a write because another node has taken the state over ({@link FencedWriteException}) every
 * later poll fails at once, until the consumer is restarted.
 * <p>
 * Over JMX it shows the jobs it tracks, the changes it emitted, its polls and failed polls, the requests its endpoint
 * sent and the time of its last successful poll; {@link #trackedJobs()} lists the jobs for the dev console.
 */
@ManagedResource(description = "Zuora jobs watch consumer")
public class WatchConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(WatchConsumer.class);

    private final ZuoraJobsConfiguration configuration;
    private final WatchFilters filters;
    private final ReentrantLock pollLock = new ReentrantLock();
    private Clock clock = Clock.systemUTC();
    private StateRepository<String, String> repository;
    private JobTrackers trackers;
    private JobSource source;
    private volatile Instant notBefore;
    private ExecutorService fetchExecutor;
    private ClusterLeadership leadership;
    private volatile FencedWriteException deposed;
    private final LongAdder polls = new LongAdder();
    private final LongAdder failedPolls = new LongAdder();
    private final LongAdder changesEmitted = new LongAdder();
    private volatile Instant lastSuccessfulPoll;

    public WatchConsumer(ZuoraJobsEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
        this.filters = new WatchFilters(configuration.getStatusFilter(), configuration.getObjectFilter(),
                configuration.getOperationFilter());
    }

    @Override
    public ZuoraJobsEndpoint getEndpoint() {
        return (ZuoraJobsEndpoint) super.getEndpoint();
    }

    /** The clock that times {@code jobTimeout} and Zuora's {@code Retry-After}; the system clock by default. */
    public void setClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    protected void doStart() throws Exception {
        repository = configuration.getStateRepository();
        if (repository == null) {
            repository = new MemoryStateRepository();
            LOG.warn("zuora-jobs:watch keeps its state in memory: after a restart it emits the current status of every"
                     + " watched job again. Set the stateRepository option (e.g. an AtomicFileStateRepository) to"
                     + " carry on where it stopped.");
        }
        ServiceHelper.startService(repository);
        WatchState state = new WatchState(repository);
        trackers = new JobTrackers(state);
        JobFetcher fetcher = new JobFetcher(getEndpoint().getClient(), fetchExecutor(), configuration.getFetchConcurrency());
        source = configuration.getJobIds() != null
                ? new ListedJobs(new JobIdList(configuration.getJobIds()), fetcher)
                : new JobDiscovery(getEndpoint().getClient(), fetcher, state, discoverySettings(), clock);
        source.start(trackers);
        leadership = ClusterLeadership.of(getEndpoint().getCamelContext(), getEndpoint());
        deposed = null;
        super.doStart();
    }

    private ExecutorService fetchExecutor() {
        int concurrency = configuration.getFetchConcurrency();
        if (concurrency < 1) {
            throw new IllegalArgumentException("Invalid fetchConcurrency " + concurrency
                                               + ": use 1 (one job at a time) or more");
        }
        if (concurrency == 1) {
            return null;
        }
        fetchExecutor = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newFixedThreadPool(this, "ZuoraJobsWatchFetch", concurrency);
        return fetchExecutor;
    }

    private DiscoverySettings discoverySettings() {
        InputChecks.pageSize(configuration.getDiscoveryPageSize(), "option discoveryPageSize");
        if (configuration.getDiscoveryMaxPages() < 1) {
            throw new IllegalArgumentException("Invalid discoveryMaxPages " + configuration.getDiscoveryMaxPages()
                                               + ": a poll must be allowed to read at least 1 page");
        }
        return new DiscoverySettings(configuration.getDiscoveryPageSize(), configuration.getDiscoveryMaxPages(),
                Duration.ofMillis(configuration.getDiscoveryReconcileInterval()), configuration.isEmitHistory());
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        pollLock.lock();
        try {
            if (source != null) {
                source.save(trackers);
            }
        } finally {
            pollLock.unlock();
            // stopped even when the save failed (a fenced write), so that a restart starts it again
            ServiceHelper.stopService(repository);
        }
        if (leadership != null) {
            leadership.release();
            leadership = null;
        }
        if (fetchExecutor != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdown(fetchExecutor);
            fetchExecutor = null;
        }
    }

    @Override
    protected int poll() throws Exception {
        pollLock.lock();
        polls.increment();
        boolean failed = true;
        try {
            if (deposed != null) {
                throw deposed;
            }
            if (!leadership.isLeader()) {
                LOG.debug("This node does not lead the cluster view of {}; no poll", getEndpoint());
                failed = false;
                return 0;
            }
            Instant now = clock.instant();
            if (notBefore != null && now.isBefore(notBefore)) {
                LOG.debug("Zuora asked to wait until {}; no request before then", notBefore);
                failed = false;
                return 0;
            }
            PollProgress progress = new PollProgress();
            try {
                source.observe(trackers, observations -> emit(observations, now, progress));
                source.save(trackers);
            } catch (FencedWriteException e) {
                deposed = e;
                LOG.warn("zuora-jobs:watch stops polling: another node has taken over its state. It polls again when"
                         + " its route is restarted (as master: does when this node leads again).");
                throw e;
            }
            if (progress.failure != null) {
                holdBackIfAsked(progress.failure);
                throw progress.failure;
            }
            lastSuccessfulPoll = now;
            LOG.debug("Poll of {} observed {} job(s), emitted {} change(s); {} job(s) tracked",
                    getEndpoint(), progress.observed, progress.emitted, trackers.size());
            failed = false;
            return progress.emitted;
        } finally {
            if (failed) {
                failedPolls.increment();
            }
            pollLock.unlock();
        }
    }

    /**
     * Emits, as one batch, the changes among jobs the poll has read; returns whether the poll goes on reading (not
     * after a failure, nor once {@code maxMessagesPerPoll} changes went out).
     */
    private boolean emit(Observations observations, Instant now, PollProgress progress) throws Exception {
        reportMissing(observations.missing());
        List<JobChange> changes = detectChanges(observations, now);
        int room = maxMessagesPerPoll > 0 ? maxMessagesPerPoll - progress.emitted : changes.size();
        int limit = Math.max(0, Math.min(room, changes.size()));
        Queue<Object> batch = new ArrayDeque<>(limit);
        ZuoraApiException failure = observations.failure();
        for (JobChange change : changes.subList(0, limit)) {
            try {
                batch.add(new PendingExchange(change, exchangeFor(change)));
            } catch (ZuoraApiException errorsFailed) {
                failure = failure == null ? errorsFailed : failure;
            }
        }
        progress.emitted += processBatch(batch);
        progress.observed += observations.jobs().size();
        if (failure != null) {
            progress.failure = failure;
            return false;
        }
        return maxMessagesPerPoll <= 0 || progress.emitted < maxMessagesPerPoll;
    }

    /** What a poll has done so far, across the parts its jobs are read in. */
    private static final class PollProgress {
        private int emitted;
        private int observed;
        private ZuoraApiException failure;
    }

    private List<JobChange> detectChanges(Observations observations, Instant now) {
        List<JobChange> changes = new ArrayList<>();
        for (CustomObjectBulkJob job : observations.jobs()) {
            String id = job.getId();
            if (!filters.watches(job)) {
                if (source.keepsFinishedInMemory()) {
                    trackers.exclude(id);
                } else {
                    trackers.forget(id);
                }
                continue;
            }
            TrackedJob tracker = trackers.find(id);
            if (tracker == null) {
                tracker = new TrackedJob(id, now.toEpochMilli());
                trackers.track(tracker);
            }
            if (!Objects.equals(TrackedJob.canonical(job.getStatus()), tracker.status())) {
                if (filters.emits(job.getStatus())) {
                    changes.add(JobChange.statusChange(job, tracker));
                } else {
                    commit(tracker.withStatus(job.getStatus()));
                }
            } else if (isTimedOut(tracker, now)) {
                changes.add(JobChange.timedOut(job, tracker));
            }
        }
        return changes;
    }

    private boolean isTimedOut(TrackedJob tracker, Instant now) {
        long timeout = configuration.getJobTimeout();
        return timeout > 0 && tracker.status() != null && !tracker.finished() && !tracker.timedOut()
               && now.toEpochMilli() - tracker.firstSeen() >= timeout;
    }

    private Exchange exchangeFor(JobChange change) {
        List<JobRowError> errors = null;
        if (configuration.isIncludeErrors() && !change.timeout()) {
            JobStatus status = change.job().getJobStatus();
            if (status == JobStatus.FAILED || status == JobStatus.COMPLETED) {
                errors = getEndpoint().getClient().listErrors(change.job().getId(), CallOptions.NONE).body();
            }
        }
        Exchange exchange = createExchange(false);
        ChangeMessages.fill(exchange, change, errors);
        return exchange;
    }

    private void reportMissing(List<ZuoraJobNotFoundException> missing) {
        for (ZuoraJobNotFoundException notFound : missing) {
            TrackedJob tracker = trackers.find(notFound.getJobId());
            commit((tracker != null ? tracker : new TrackedJob(notFound.getJobId(), clock.millis())).withGone());
            getExceptionHandler().handleException("Watched job " + notFound.getJobId() + " no longer exists in Zuora"
                                                  + " (404); it is no longer watched",
                    notFound);
        }
    }

    private void holdBackIfAsked(ZuoraApiException failure) {
        if (failure instanceof ZuoraRateLimitException rateLimited && rateLimited.getRetryAfter() != null) {
            notBefore = clock.instant().plus(rateLimited.getRetryAfter());
        }
    }

    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        int emitted = 0;
        int index = 0;
        for (Object next = exchanges.poll(); next != null; next = exchanges.poll(), index++) {
            PendingExchange pending = (PendingExchange) next;
            Exchange exchange = pending.exchange();
            if (!isBatchAllowed() || !leadership.isLeader()) {
                releaseExchange(exchange, false);
                continue;
            }
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            emitted++;
            changesEmitted.increment();
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.getException() == null) {
                commit(pending.change().after());
            } else {
                getExceptionHandler().handleException("Exchange for job " + pending.change().job().getId()
                                                      + " failed; the change is emitted again by the next poll",
                        exchange, exchange.getException());
            }
            releaseExchange(exchange, false);
        }
        pendingExchanges = 0;
        return emitted;
    }

    private void commit(TrackedJob tracker) {
        trackers.commit(tracker);
        if (tracker.finished() && !source.keepsFinishedInMemory()) {
            trackers.forget(tracker.id());
        }
    }

    @ManagedAttribute(description = "Jobs the watch tracks in memory (running ones, and finished ones it still lists)")
    public int getTrackedJobCount() {
        pollLock.lock();
        try {
            return trackers == null ? 0 : trackers.size();
        } finally {
            pollLock.unlock();
        }
    }

    @ManagedAttribute(description = "Status changes emitted as exchanges since the consumer started")
    public long getChangesEmitted() {
        return changesEmitted.sum();
    }

    @ManagedAttribute(description = "Polls run since the consumer started")
    public long getPollCount() {
        return polls.sum();
    }

    @ManagedAttribute(description = "Polls that failed since the consumer started")
    public long getFailedPollCount() {
        return failedPolls.sum();
    }

    @ManagedAttribute(description = "HTTP requests the endpoint sent to Zuora, retries included")
    public long getRequestsSent() {
        return getEndpoint().getRequestsSent();
    }

    @ManagedAttribute(description = "When the last poll that completed without a failure ran (ISO-8601), empty before")
    public String getLastSuccessfulPoll() {
        Instant last = lastSuccessfulPoll;
        return last == null ? "" : last.toString();
    }

    /** The jobs the watch tracks, as of the end of the last poll (it waits for a poll in progress). */
    public List<WatchedJob> trackedJobs() {
        pollLock.lock();
        try {
            if (trackers == null) {
                return List.of();
            }
            List<WatchedJob> jobs = new ArrayList<>(trackers.size());
            for (TrackedJob tracker : trackers.all()) {
                jobs.add(new WatchedJob(tracker.id(), tracker.status(), Instant.ofEpochMilli(tracker.firstSeen()),
                        tracker.finished()));
            }
            return jobs;
        } finally {
            pollLock.unlock();
        }
    }

    private record PendingExchange(JobChange change, Exchange exchange) {
    }
}
