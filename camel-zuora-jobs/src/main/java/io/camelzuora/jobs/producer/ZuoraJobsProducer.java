package io.camelzuora.jobs.producer;

import java.util.EnumMap;
import java.util.Map;

import io.camelzuora.jobs.ZuoraJobsConstants;
import io.camelzuora.jobs.ZuoraJobsEndpoint;
import io.camelzuora.jobs.ZuoraJobsOperation;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

/**
 * The producer of every {@code zuora-jobs} operation: it picks the operation (the endpoint's, or the
 * {@code CamelZuoraOperation} header's) and hands the message to that operation's class.
 */
public class ZuoraJobsProducer extends DefaultProducer {

    private final Map<ZuoraJobsOperation, ProducerOperation> operations = new EnumMap<>(ZuoraJobsOperation.class);

    public ZuoraJobsProducer(ZuoraJobsEndpoint endpoint) {
        super(endpoint);
        operations.put(ZuoraJobsOperation.getJob, new GetJobOperation(endpoint));
    }

    @Override
    public ZuoraJobsEndpoint getEndpoint() {
        return (ZuoraJobsEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        operations.get(operation(exchange)).process(exchange);
    }

    private ZuoraJobsOperation operation(Exchange exchange) {
        String override = exchange.getMessage().getHeader(ZuoraJobsConstants.OPERATION, String.class);
        if (override == null) {
            return getEndpoint().getOperation();
        }
        ZuoraJobsOperation operation = ZuoraJobsOperation.of(override, "header " + ZuoraJobsConstants.OPERATION);
        if (!operations.containsKey(operation)) {
            throw new IllegalArgumentException("The operation " + operation + " in header " + ZuoraJobsConstants.OPERATION
                                               + " is not a producer operation; use one of " + operations.keySet());
        }
        return operation;
    }
}
