package io.camelzuora.jobs.internal.producer;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

import io.camelzuora.jobs.ZuoraJobsConstants;
import io.camelzuora.jobs.ZuoraJobsEndpoint;
import io.camelzuora.jobs.ZuoraJobsOperation;
import io.camelzuora.jobs.health.ZuoraJobsProducerHealthCheck;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * The producer of every {@code zuora-jobs} operation: it picks the operation (the endpoint's, or the
 * {@code CamelZuoraOperation} header's) and hands the message to that operation's handler. Operations that are one call
 * complete on the calling thread; {@code awaitJob} completes later from the producer's await scheduler, which is
 * created on the first await and shut down with the producer.
 */
public class ZuoraJobsProducer extends DefaultAsyncProducer {

    private final Map<ZuoraJobsOperation, ProducerHandler> handlers = new EnumMap<>(ZuoraJobsOperation.class);
    private final AwaitJobHandler awaitJob;
    private final LoadHandler load;
    private ScheduledExecutorService awaitScheduler;
    private HealthCheck healthCheck;

    public ZuoraJobsProducer(ZuoraJobsEndpoint endpoint) {
        super(endpoint);
        awaitJob = new AwaitJobHandler(endpoint, this::awaitScheduler);
        handlers.put(ZuoraJobsOperation.getJob, new GetJobHandler(endpoint));
        handlers.put(ZuoraJobsOperation.submitJob, new SubmitJobHandler(endpoint));
        handlers.put(ZuoraJobsOperation.uploadFile, new UploadFileHandler(endpoint));
        handlers.put(ZuoraJobsOperation.cancelJob, new CancelJobHandler(endpoint));
        handlers.put(ZuoraJobsOperation.listJobs, new ListJobsHandler(endpoint));
        handlers.put(ZuoraJobsOperation.listErrors, new ListErrorsHandler(endpoint));
        handlers.put(ZuoraJobsOperation.awaitJob, awaitJob);
        load = new LoadHandler(endpoint, this::awaitScheduler);
        handlers.put(ZuoraJobsOperation.load, load);
    }

    @Override
    public ZuoraJobsEndpoint getEndpoint() {
        return (ZuoraJobsEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        ProducerHandler handler;
        try {
            handler = handlers.get(operation(exchange));
        } catch (RuntimeException invalid) {
            exchange.setException(invalid);
            callback.done(true);
            return true;
        }
        return handler.process(exchange, callback);
    }

    private synchronized ScheduledExecutorService awaitScheduler() {
        if (awaitScheduler == null) {
            if (!isRunAllowed()) {
                throw new RejectedExecutionException("the producer is not started");
            }
            awaitScheduler = getEndpoint().getCamelContext().getExecutorServiceManager().newScheduledThreadPool(this,
                    "ZuoraJobsAwait", getEndpoint().getConfiguration().getAwaitPoolSize());
        }
        return awaitScheduler;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        healthCheck = ZuoraJobsProducerHealthCheck.register(getEndpoint(), getEndpoint().getId());
    }

    @Override
    protected void doStop() throws Exception {
        ZuoraJobsProducerHealthCheck.unregister(healthCheck, getEndpoint());
        healthCheck = null;
        awaitJob.abortAll();
        load.stopAll();
        synchronized (this) {
            if (awaitScheduler != null) {
                getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(awaitScheduler);
                awaitScheduler = null;
            }
        }
        super.doStop();
    }

    private ZuoraJobsOperation operation(Exchange exchange) {
        String override = exchange.getMessage().getHeader(ZuoraJobsConstants.OPERATION, String.class);
        if (override == null) {
            return getEndpoint().getOperation();
        }
        ZuoraJobsOperation operation = ZuoraJobsOperation.of(override, "header " + ZuoraJobsConstants.OPERATION);
        if (!handlers.containsKey(operation)) {
            throw new IllegalArgumentException(
                    "The operation " + operation + " in header " + ZuoraJobsConstants.OPERATION
                                               + " is not a producer operation; use one of " + handlers.keySet());
        }
        return operation;
    }
}
