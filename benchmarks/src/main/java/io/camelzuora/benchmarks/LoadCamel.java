package io.camelzuora.benchmarks;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.camelzuora.jobs.ZuoraJobsComponent;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A Camel context with {@code zuora-jobs} pointed at the simulator, as both load contenders use it: the same OAuth
 * client and the same polling of running jobs, 500 ms growing to 1 s (the defaults, 5 s growing to 60 s, suit jobs of
 * minutes; the benchmark's parts take seconds).
 */
final class LoadCamel implements AutoCloseable {

    static final long AWAIT_INTERVAL_MILLIS = 500;
    static final long AWAIT_MAX_INTERVAL_MILLIS = 1_000;

    private final CamelContext camel = new DefaultCamelContext();
    private final ProducerTemplate template;

    LoadCamel(String baseUrl, RoutesBuilder routes) throws Exception {
        ZuoraJobsComponent zuora = new ZuoraJobsComponent();
        zuora.getConfiguration().setBaseUrl(baseUrl);
        zuora.getConfiguration().setClientId(ZuoraSimulator.DEFAULT_CLIENT_ID);
        zuora.getConfiguration().setClientSecret(ZuoraSimulator.DEFAULT_CLIENT_SECRET);
        zuora.getConfiguration().setAwaitInterval(AWAIT_INTERVAL_MILLIS);
        zuora.getConfiguration().setAwaitMaxInterval(AWAIT_MAX_INTERVAL_MILLIS);
        camel.addComponent("zuora-jobs", zuora);
        camel.addRoutes(routes);
        camel.start();
        template = camel.createProducerTemplate();
    }

    ProducerTemplate template() {
        return template;
    }

    /** Every job of the tenant, as the API lists them. */
    List<CustomObjectBulkJob> jobs() {
        Iterator<?> all = template.requestBody("zuora-jobs:listJobs?allPages=true&pageSize=100", null, Iterator.class);
        List<CustomObjectBulkJob> jobs = new ArrayList<>();
        all.forEachRemaining(job -> jobs.add((CustomObjectBulkJob) job));
        return jobs;
    }

    @Override
    public void close() throws Exception {
        camel.close();
    }
}
