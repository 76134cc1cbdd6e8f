package io.camelzuora.jobs;

import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;

/**
 * Runs a Camel context against a fresh {@link ZuoraSimulator} on loopback. The component is configured with the
 * simulator's URL and OAuth client, and retries wait a few milliseconds so fault tests stay fast.
 */
public abstract class ZuoraJobsTestSupport extends CamelTestSupport {

    protected ZuoraSimulator simulator;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        simulator = new ZuoraSimulator();
        simulator.start();
        CamelContext context = super.createCamelContext();
        ZuoraJobsComponent component = new ZuoraJobsComponent();
        configure(component.getConfiguration());
        context.addComponent("zuora-jobs", component);
        return context;
    }

    /** The component options of the test: the simulator, its client credentials, short retry delays. */
    protected void configure(ZuoraJobsConfiguration configuration) {
        configuration.setBaseUrl(simulator.baseUrl());
        configuration.setClientId(ZuoraSimulator.DEFAULT_CLIENT_ID);
        configuration.setClientSecret(ZuoraSimulator.DEFAULT_CLIENT_SECRET);
        configuration.setRetryDelay(5);
        configuration.setMaxRetryDelay(2_000);
    }

    /** Sends a message asking for the job with this id to the endpoint or route, and returns the answered exchange. */
    protected Exchange requestJob(String uri, String jobId) {
        return template.request(uri, e -> e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, jobId));
    }

    @Override
    protected void doPostTearDown() throws Exception {
        super.doPostTearDown();
        if (simulator != null) {
            simulator.close();
        }
    }
}
