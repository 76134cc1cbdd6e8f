package io.camelzuora.jobs.producer;

import org.apache.camel.Exchange;

/** What one producer operation does with a message; one small class per operation. */
interface ProducerOperation {

    /** Calls Zuora for the message and puts the result on it; a failure is thrown. */
    void process(Exchange exchange) throws Exception;
}
