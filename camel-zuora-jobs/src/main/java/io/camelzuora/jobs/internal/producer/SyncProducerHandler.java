package io.camelzuora.jobs.internal.producer;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;

/** An operation that is one call to Zuora, done on the calling thread. */
interface SyncProducerHandler extends ProducerHandler {

    /** Calls Zuora for the message and puts the result on it; a failure is thrown. */
    void process(Exchange exchange) throws Exception;

    @Override
    default boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        callback.done(true);
        return true;
    }
}
