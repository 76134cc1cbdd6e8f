package io.camelzuora.benchmarks;

import io.camelzuora.jobs.ZuoraJobsComponent;
import io.camelzuora.jobs.ZuoraJobsConstants;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/** {@code direct:fetch -> zuora-jobs:getJob}, with OAuth client credentials as a user configures it. */
final class ComponentFetch implements FetchContender {

    static final String NAME = "zuora-jobs:getJob";

    private final CamelContext camel = new DefaultCamelContext();
    private final ProducerTemplate template;

    ComponentFetch(String baseUrl) throws Exception {
        ZuoraJobsComponent zuora = new ZuoraJobsComponent();
        zuora.getConfiguration().setBaseUrl(baseUrl);
        zuora.getConfiguration().setClientId(ZuoraSimulator.DEFAULT_CLIENT_ID);
        zuora.getConfiguration().setClientSecret(ZuoraSimulator.DEFAULT_CLIENT_SECRET);
        camel.addComponent("zuora-jobs", zuora);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:fetch").to("zuora-jobs:getJob");
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fetchStatus(String jobId) {
        return template.requestBodyAndHeader("direct:fetch", null, ZuoraJobsConstants.JOB_ID, jobId,
                CustomObjectBulkJob.class).getStatus();
    }

    @Override
    public void close() throws Exception {
        camel.close();
    }
}
