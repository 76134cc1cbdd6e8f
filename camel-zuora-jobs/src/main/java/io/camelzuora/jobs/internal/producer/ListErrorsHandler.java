package io.camelzuora.jobs.internal.producer;

import java.util.List;

import io.camelzuora.jobs.ZuoraJobsEndpoint;
import io.camelzuora.jobs.internal.client.ZuoraResponse;
import io.camelzuora.jobs.model.JobRowError;
import org.apache.camel.Exchange;

/** {@code listErrors}: the failed rows of the job named by the message, as a {@code List} of {@link JobRowError}. */
final class ListErrorsHandler implements SyncProducerHandler {

    private final ZuoraJobsEndpoint endpoint;

    ListErrorsHandler(ZuoraJobsEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void process(Exchange exchange) {
        String jobId = MessageInputs.jobId(exchange, endpoint.getConfiguration());
        ZuoraResponse<List<JobRowError>> response = endpoint.getClient().listErrors(jobId,
                MessageInputs.callOptions(exchange));
        exchange.getMessage().setBody(response.body());
        ResultHeaders.setResponseHeaders(exchange.getMessage(), response);
    }
}
