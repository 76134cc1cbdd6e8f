package io.camelzuora.jobs.internal.producer;

import io.camelzuora.jobs.ZuoraJobsEndpoint;
import org.apache.camel.Exchange;

/** {@code cancelJob}: cancels the job named by the message and returns it, now {@code cancelled}. */
final class CancelJobHandler implements SyncProducerHandler {

    private final ZuoraJobsEndpoint endpoint;

    CancelJobHandler(ZuoraJobsEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void process(Exchange exchange) {
        String jobId = MessageInputs.jobId(exchange, endpoint.getConfiguration());
        ResultHeaders.setJob(exchange.getMessage(), endpoint.getClient().cancelJob(jobId,
                MessageInputs.callOptions(exchange, IdempotencyKeys.keyFor(exchange, "cancelJob-" + jobId))));
        IdempotencyKeys.succeeded(exchange);
    }
}
