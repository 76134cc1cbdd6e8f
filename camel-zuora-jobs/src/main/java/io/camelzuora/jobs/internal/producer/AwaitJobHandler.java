package io.camelzuora.jobs.internal.producer;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.camelzuora.jobs.ZuoraJobsConfiguration;
import io.camelzuora.jobs.ZuoraJobsEndpoint;
import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.exception.ZuoraJobFailedException;
import io.camelzuora.jobs.exception.ZuoraJobTimeoutException;
import io.camelzuora.jobs.internal.client.CallOptions;
import io.camelzuora.jobs.internal.client.ZuoraResponse;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.jobs.model.JobRowError;
import io.camelzuora.jobs.model.JobStatus;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code awaitJob}: polls the job named by the message until it is terminal, then continues the exchange with the final
 * job. Between polls nothing waits: each poll is a task on a small scheduler, and the exchange's callback is called
 * from the poll that sees the end (or the timeout), so the route continues on a scheduler thread. The wait between
 * polls grows by a quarter each time, up to {@code awaitMaxInterval}. A poll that fails transiently (no response, 429,
 * 5xx, after the client's own retries) is logged and the next poll is scheduled as usual; other failures end the wait.
 * The job is never cancelled or resubmitted.
 */
final class AwaitJobHandler implements ProducerHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AwaitJobHandler.class);

    private final ZuoraJobsEndpoint endpoint;
    private final Supplier<ScheduledExecutorService> scheduler;
    private final Set<Await> waiting = ConcurrentHashMap.newKeySet();

    AwaitJobHandler(ZuoraJobsEndpoint endpoint, Supplier<ScheduledExecutorService> scheduler) {
        this.endpoint = endpoint;
        this.scheduler = scheduler;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Await await;
        try {
            await = new Await(
                    exchange, callback, MessageInputs.jobId(exchange, endpoint.getConfiguration()),
                    MessageInputs.callOptions(exchange), endpoint.getConfiguration());
        } catch (RuntimeException invalid) {
            exchange.setException(invalid);
            callback.done(true);
            return true;
        }
        waiting.add(await);
        await.schedule(0);
        return false;
    }

    /** Ends every wait with a failure (the producer is stopping); the jobs themselves are left as they are. */
    void abortAll() {
        for (Await await : List.copyOf(waiting)) {
            await.fail(new IllegalStateException(
                    "The zuora-jobs producer stopped while awaiting job " + await.jobId
                                                 + "; the job was left as it is"));
        }
    }

    /** The wait of one exchange for its job. */
    private final class Await implements Runnable {

        private final Exchange exchange;
        private final AsyncCallback callback;
        private final String jobId;
        private final CallOptions options;
        private final Duration timeout;
        private final long deadline;
        private final long maxInterval;
        private final boolean failOnJobFailure;
        private final AtomicBoolean done = new AtomicBoolean();
        private long interval;
        private CustomObjectBulkJob lastSeen;
        private RuntimeException lastFailure;

        Await(Exchange exchange, AsyncCallback callback, String jobId, CallOptions options,
              ZuoraJobsConfiguration configuration) {
            this.exchange = exchange;
            this.callback = callback;
            this.jobId = jobId;
            this.options = options;
            this.timeout = Duration.ofMillis(configuration.getAwaitTimeout());
            this.deadline = System.nanoTime() + timeout.toNanos();
            this.interval = configuration.getAwaitInterval();
            this.maxInterval = configuration.getAwaitMaxInterval();
            this.failOnJobFailure = configuration.isFailOnJobFailure();
        }

        void schedule(long delayMillis) {
            try {
                scheduler.get().schedule(this, delayMillis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopped) {
                fail(new IllegalStateException("The zuora-jobs producer is stopped; cannot await job " + jobId, stopped));
            }
        }

        @Override
        public void run() {
            if (done.get()) {
                return;
            }
            try {
                ZuoraResponse<CustomObjectBulkJob> response = endpoint.getClient().getJob(jobId, options);
                lastSeen = response.body();
                if (lastSeen.isTerminal()) {
                    finish(response);
                    return;
                }
            } catch (ZuoraApiException e) {
                if (!isTransient(e)) {
                    fail(e);
                    return;
                }
                lastFailure = e;
                LOG.debug("Polling job {} failed transiently, polling again: {}", jobId, e.getMessage());
            } catch (RuntimeException e) {
                fail(e);
                return;
            }
            long remainingMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (remainingMillis <= 0) {
                fail(lastSeen != null ? new ZuoraJobTimeoutException(lastSeen, timeout) : lastFailure);
                return;
            }
            long delay = Math.min(interval, remainingMillis);
            interval = Math.min(maxInterval, interval + Math.max(1, interval / 4));
            schedule(delay);
        }

        private void finish(ZuoraResponse<CustomObjectBulkJob> response) {
            if (done.get()) {
                return;
            }
            CustomObjectBulkJob job = response.body();
            JobStatus status = job.getJobStatus();
            if (failOnJobFailure && (status == JobStatus.FAILED || status == JobStatus.CANCELLED)) {
                List<JobRowError> rows = status == JobStatus.FAILED
                        ? endpoint.getClient().listErrors(jobId, options).body() : List.of();
                fail(new ZuoraJobFailedException(job, rows));
                return;
            }
            ResultHeaders.setJob(exchange.getMessage(), response);
            complete();
        }

        void fail(Exception failure) {
            if (!done.get()) {
                exchange.setException(failure);
            }
            complete();
        }

        private void complete() {
            if (done.compareAndSet(false, true)) {
                waiting.remove(this);
                callback.done(false);
            }
        }

        private static boolean isTransient(ZuoraApiException e) {
            int status = e.getHttpStatus();
            return status == 0 || status == 429 || status >= 500;
        }
    }
}
