package io.camelzuora.jobs.internal.producer;

import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

import io.camelzuora.jobs.ZuoraJobsConstants;
import io.camelzuora.jobs.ZuoraJobsEndpoint;
import io.camelzuora.jobs.exception.ZuoraLoadFailedException;
import io.camelzuora.jobs.internal.load.LoadRunner;
import io.camelzuora.jobs.model.BulkLoadResult;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code load}: loads the records of the body through as many jobs as they need, within the component's budget of open
 * jobs, and continues the exchange with the {@link BulkLoadResult} once every job has ended. The load runs on the
 * producer's scheduler; no thread waits for it.
 */
final class LoadHandler implements ProducerHandler {

    /**
     * Remembers the load id of an exchange in a property, which survives a redelivery that resets the message: the
     * redelivery resumes the same load. A copy of the exchange (split, multicast) has another id and starts its own.
     */
    static final String PROPERTY = "CamelZuoraLoadScope";

    private record LoadScope(String exchangeId, String loadId) {
    }

    private final ZuoraJobsEndpoint endpoint;
    private final Supplier<ScheduledExecutorService> scheduler;
    private final LoadRunner runner;

    LoadHandler(ZuoraJobsEndpoint endpoint, Supplier<ScheduledExecutorService> scheduler) {
        this.endpoint = endpoint;
        this.scheduler = scheduler;
        this.runner = new LoadRunner(endpoint.getBulkLoads());
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Message message = exchange.getMessage();
        try {
            String given = message.getHeader(ZuoraJobsConstants.LOAD_ID, String.class);
            LoadScope earlier = exchange.getProperty(PROPERTY, LoadScope.class);
            if (given == null && earlier != null && earlier.exchangeId().equals(exchange.getExchangeId())) {
                given = earlier.loadId();
            }
            String loadId = LoadRunner.loadId(given, "header " + ZuoraJobsConstants.LOAD_ID);
            message.setHeader(ZuoraJobsConstants.LOAD_ID, loadId);
            exchange.setProperty(PROPERTY, new LoadScope(exchange.getExchangeId(), loadId));
            runner.start(loadId, given != null, message, endpoint.getConfiguration(), endpoint.getClient(),
                    MessageInputs.callOptions(exchange).trackId(), scheduler.get(),
                    result -> {
                        setResult(exchange, result);
                        callback.done(false);
                    },
                    failure -> {
                        exchange.setException(failure);
                        callback.done(false);
                    });
        } catch (Exception invalid) {
            exchange.setException(invalid);
            callback.done(true);
            return true;
        }
        return false;
    }

    /** Ends every load in flight: jobs still accepted or pending are cancelled, the exchanges fail. */
    void stopAll() {
        runner.stopAll("the zuora-jobs producer stopped (its route or the Camel context is stopping)");
    }

    private void setResult(Exchange exchange, BulkLoadResult result) {
        Message message = exchange.getMessage();
        message.setBody(result);
        message.setHeader(ZuoraJobsConstants.JOB_IDS, result.getJobIds());
        message.setHeader(ZuoraJobsConstants.JOB_STATUS, result.getStatus());
        message.setHeader(ZuoraJobsConstants.LOAD_RECORDS, result.getRecordsRead());
        message.setHeader(ZuoraJobsConstants.LOAD_FAILED_RECORDS, result.getRecordsFailed());
        if (endpoint.getConfiguration().isFailOnJobFailure() && !result.isCompleted()) {
            exchange.setException(new ZuoraLoadFailedException(result));
        }
    }
}
