package io.camelzuora.jobs.internal.producer;

import io.camelzuora.jobs.ZuoraJobsEndpoint;
import org.apache.camel.Exchange;

/** {@code getJob}: fetches the job named by the message and returns its model. */
final class GetJobHandler implements SyncProducerHandler {

    private final ZuoraJobsEndpoint endpoint;

    GetJobHandler(ZuoraJobsEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void process(Exchange exchange) {
        String jobId = MessageInputs.jobId(exchange, endpoint.getConfiguration());
        ResultHeaders.setJob(exchange.getMessage(),
                endpoint.getClient().getJob(jobId, MessageInputs.callOptions(exchange)));
    }
}
