package io.camelzuora.jobs.internal.consumer;

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
import io.camelzuora.jobs.ZuoraJobsConstants;
import io.camelzuora.jobs.ZuoraJobsEndpoint;
import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.exception.ZuoraJobNotFoundException;
import io.camelzuora.jobs.exception.ZuoraRateLimitException;
import io.camelzuora.jobs.internal.client.CallOptions;
import io.camelzuora.jobs.internal.client.ServerHold;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.jobs.model.JobStatus;
import io.camelzuora.jobs.state.FencedWriteException;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
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
 * tenant through discovery) and emits one exchange per observed status change, in batches as the jobs are read (a large
 * {@code jobIds} poll emits a batch per hundred jobs, so early changes are not held back by the rest).
 * <p>
 * Delivery is at least once: a job's new status is stored in the {@code stateRepository} only after its exchange
 * completed without an exception, so a failed exchange is emitted again by the next poll (with the status the job has
 * then). A failed request fails the poll (the scheduler counts it, so the backoff options and the health check see it)
 * after the changes observed before it were emitted; a {@code Retry-After} from Zuora (at most {@code maxRetryAfter})
 * holds back every request until it has passed, which the health check and the dev console show. Jobs in Zuora's
 * answers that cannot be trusted are skipped with a WARN and counted. Nothing is marked finished on a failure.
 * <p>
 * Under {@code master:} it polls and emits only while the cluster view says this node leads, and once its state
 * repository refuses a write because another node has taken the state over ({@link FencedWriteException}) every later
 * poll fails at once, until the consumer is restarted.
 * <p>
 * Over JMX it shows the jobs it tracks, the changes it emitted, its polls and failed polls, the requests its endpoint
 * sent, the time of its last successful poll, the answers it skipped and until when Zuora asked it to wait;
 * {@link #trackedJobs()} lists the jobs for the dev console.
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
    private volatile ServerHold hold;
    private ExecutorService fetchExecutor;
    private ClusterLeadership leadership;
    private volatile FencedWriteException deposed;
    private final LongAdder polls = new LongAdder();
    private final LongAdder failedPolls = new LongAdder();
    private final LongAdder changesEmitted = new LongAdder();
    private final LongAdder skippedAnswers = new LongAdder();
    /** A failure to fetch a change's errors while its exchange was built; ends the poll. */
    private ZuoraApiException errorsFailure;
    private volatile Instant lastSuccessfulPoll;

    public WatchConsumer(ZuoraJobsEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
        this.filters = new WatchFilters(
                configuration.getStatusFilter(), configuration.getObjectFilter(),
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
    protected void doBuild() throws Exception {
        if (getHealthCheck() == null) {
            ZuoraJobsWatchHealthCheck check = new ZuoraJobsWatchHealthCheck(this, "consumer:" + getRouteId());
            if (initialHealthCheckState() != null) {
                check.setInitialState(initialHealthCheckState());
            }
            setHealthCheck(check);
        }
        super.doBuild();
    }

    @Override
    protected void doStart() throws Exception {
        // a restarted route starts afresh, without the wait an earlier answer asked for
        hold = null;
        getEndpoint().getClient().clearHold();
        repository = configuration.getStateRepository();
        if (repository == null) {
            repository = new MemoryStateRepository();
            LOG.warn("zuora-jobs:watch keeps its state in memory: after a restart it emits the current status of every"
                     + " watched job again. Set the stateRepository option (e.g. an AtomicFileStateRepository) to"
                     + " carry on where it stopped.");
        }
        ServiceHelper.startService(repository);
        WatchState state = new WatchState(repository);
        JobFetcher fetcher = new JobFetcher(getEndpoint().getClient(), fetchExecutor(), configuration.getFetchConcurrency());
        source = configuration.getJobIds() != null
                ? new ListedJobs(configuration.getJobIds(), fetcher, state)
                : new JobDiscovery(getEndpoint().getClient(), fetcher, state, discoverySettings(), clock);
        trackers = source.trackers();
        source.start();
        leadership = ClusterLeadership.of(getEndpoint().getCamelContext(), getEndpoint());
        deposed = null;
        super.doStart();
    }

    private ExecutorService fetchExecutor() {
        int concurrency = configuration.getFetchConcurrency();
        if (concurrency == 1) {
            return null;
        }
        fetchExecutor = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newFixedThreadPool(this, "ZuoraJobsWatchFetch", concurrency);
        return fetchExecutor;
    }

    private DiscoverySettings discoverySettings() {
        return new DiscoverySettings(
                configuration.getDiscoveryPageSize(), configuration.getDiscoveryMaxPages(),
                Duration.ofMillis(configuration.getDiscoveryReconcileInterval()), configuration.isEmitHistory());
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        pollLock.lock();
        try {
            if (source != null) {
                source.save();
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
            ServerHold held = hold;
            if (held != null && now.isBefore(held.until())) {
                LOG.debug("Zuora asked to wait until {}; no request before then", held.until());
                failed = false;
                return 0;
            }
            PollProgress progress = new PollProgress();
            try {
                source.observe(observations -> emit(observations, now, progress));
                source.save();
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
        reportSkipped(observations.skipped());
        reportMissing(observations.missing());
        List<JobChange> changes = detectChanges(observations, now);
        int room = maxMessagesPerPoll > 0 ? maxMessagesPerPoll - progress.emitted : changes.size();
        int limit = Math.max(0, Math.min(room, changes.size()));
        Queue<Object> batch = new ArrayDeque<>(limit);
        for (JobChange change : changes.subList(0, limit)) {
            batch.add(exchangeFor(change));
        }
        errorsFailure = null;
        progress.emitted += processBatch(batch);
        progress.observed += observations.jobs().size();
        ZuoraApiException failure = observations.failure() != null ? observations.failure() : errorsFailure;
        if (failure != null) {
            progress.failure = failure;
            return false;
        }
        return maxMessagesPerPoll <= 0 || progress.emitted < maxMessagesPerPoll;
    }

    private void reportSkipped(List<String> skipped) {
        for (String problem : skipped) {
            skippedAnswers.increment();
            LOG.warn("zuora-jobs:watch skipped {} in Zuora's answer; the other jobs are watched as usual", problem);
        }
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
                trackers.ruleOut(id);
                continue;
            }
            TrackedJob tracker = trackers.findOrTrack(id, now.toEpochMilli());
            if (!Objects.equals(TrackedJob.canonical(job.getStatus()), tracker.status())) {
                if (filters.emits(job.getStatus())) {
                    changes.add(JobChange.statusChange(job, tracker));
                } else {
                    trackers.store(tracker.withStatus(job.getStatus()));
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
        Exchange exchange = createExchange(false);
        ChangeMessages.fill(exchange, change);
        exchange.getExchangeExtension().addOnCompletion(new ChangeDelivery(trackers, change));
        return exchange;
    }

    /**
     * With {@code includeErrors}, a change to {@code failed} or {@code completed} carries the job's row errors, fetched
     * when its exchange goes out rather than for the whole batch before the first one does.
     */
    private void attachErrors(Exchange exchange) {
        Message message = exchange.getMessage();
        if (!configuration.isIncludeErrors() || message.getHeader(ZuoraJobsConstants.JOB_TIMED_OUT, false, Boolean.class)) {
            return;
        }
        JobStatus status = JobStatus.of(message.getHeader(ZuoraJobsConstants.JOB_STATUS, String.class));
        if (status == JobStatus.FAILED || status == JobStatus.COMPLETED) {
            String jobId = message.getHeader(ZuoraJobsConstants.JOB_ID, String.class);
            message.setHeader(ZuoraJobsConstants.JOB_ERRORS,
                    getEndpoint().getClient().listErrors(jobId, CallOptions.NONE).body());
        }
    }

    private void reportMissing(List<ZuoraJobNotFoundException> missing) {
        for (ZuoraJobNotFoundException notFound : missing) {
            trackers.store(trackers.findOrTrack(notFound.getJobId(), clock.millis()).withGone());
            getExceptionHandler().handleException("Watched job " + notFound.getJobId() + " no longer exists in Zuora"
                                                  + " (404); it is no longer watched",
                    notFound);
        }
    }

    private void holdBackIfAsked(ZuoraApiException failure) {
        if (failure instanceof ZuoraRateLimitException rateLimited && rateLimited.getRetryAfter() != null) {
            // the wait is already bounded by maxRetryAfter where it was read
            hold = new ServerHold(
                    clock.instant().plus(rateLimited.getRetryAfter()), "Zuora asked to wait "
                                                                       + rateLimited.getRetryAfter().toMillis() + " ms"
                                                                       + (rateLimited.getHttpStatus() > 0
                                                                               ? " (HTTP " + rateLimited.getHttpStatus() + ")"
                                                                               : ""));
        }
    }

    /**
     * The wait Zuora asked for that holds this watch's requests, the later of its own (after a failed poll) and the
     * component's (from {@code RateLimit-*} headers), or {@code null} when none is in force.
     */
    public ServerHold serverHold() {
        ServerHold own = hold;
        if (own != null && !clock.instant().isBefore(own.until())) {
            own = null;
        }
        ServerHold shared = getEndpoint().getClient().hold();
        if (own == null || shared != null && shared.until().isAfter(own.until())) {
            return shared;
        }
        return own;
    }

    @ManagedAttribute(description = "Until when Zuora asked to wait (ISO-8601); no request is sent before then. Empty"
                                    + " when no wait is in force")
    public String getHoldUntil() {
        ServerHold held = serverHold();
        return held == null ? "" : held.until().toString();
    }

    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        int emitted = 0;
        int index = 0;
        for (Exchange exchange = (Exchange) exchanges.poll();
             exchange != null;
             exchange = (Exchange) exchanges.poll(), index++) {
            if (!isBatchAllowed() || !leadership.isLeader()) {
                releaseExchange(exchange, false);
                continue;
            }
            try {
                attachErrors(exchange);
            } catch (ZuoraApiException errorsFailed) {
                // this change and those after it are not delivered, so the next poll emits them again
                errorsFailure = errorsFailed;
                releaseExchange(exchange, false);
                exchanges.forEach(notSent -> releaseExchange((Exchange) notSent, false));
                exchanges.clear();
                break;
            }
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            emitted++;
            changesEmitted.increment();
            // read before the route can change the message, for the report of a failed exchange
            String jobId = exchange.getMessage().getHeader(ZuoraJobsConstants.JOB_ID, String.class);
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            trackers.storeDelivered();
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("Exchange for job " + jobId
                                                      + " failed; the change is emitted again by the next poll",
                        exchange, exchange.getException());
            }
            releaseExchange(exchange, false);
        }
        pendingExchanges = 0;
        return emitted;
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

    @ManagedAttribute(description = "Jobs in Zuora's answers skipped as untrusted (an id that is not a UUID, a null"
                                    + " entry, a status with control characters) since the consumer started")
    public long getSkippedAnswerCount() {
        return skippedAnswers.sum();
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
                jobs.add(new WatchedJob(
                        tracker.id(), tracker.status(), Instant.ofEpochMilli(tracker.firstSeen()),
                        tracker.finished()));
            }
            return jobs;
        } finally {
            pollLock.unlock();
        }
    }
}
