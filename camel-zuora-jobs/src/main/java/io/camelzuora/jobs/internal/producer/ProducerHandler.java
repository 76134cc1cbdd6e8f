package io.camelzuora.jobs.internal.producer;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;

/** What one producer operation does with a message; one small class per operation. */
interface ProducerHandler {

    /**
     * Calls Zuora for the message and puts the result (or the failure) on it, then calls the callback.
     *
     * @return {@code true} when it completed on the calling thread, {@code false} when the callback comes later
     */
    boolean process(Exchange exchange, AsyncCallback callback);
}
