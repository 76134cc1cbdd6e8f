package io.camelzuora.benchmarks;

import io.camelzuora.jobs.ZuoraJobsComponent;
import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.PollingConsumerPollStrategy;

/**
 * {@code zuora-jobs:watch}: by id ({@code jobIds=#bean}, a collection, as the README advises for thousands of ids) or
 * by discovery (no {@code jobIds}). Poll cycles are timed through Camel's {@code pollStrategy} hook, which the
 * scheduler calls on the polling thread around each poll.
 */
final class ComponentWatch implements WatchContender {

    static final String NAME = "zuora-jobs:watch";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void addTo(CamelContext camel, WatchTarget target, Detections detections, CycleMeter cycles)
            throws Exception {
        ZuoraJobsComponent zuora = new ZuoraJobsComponent();
        zuora.getConfiguration().setBaseUrl(target.baseUrl());
        zuora.getConfiguration().setClientId(ZuoraSimulator.DEFAULT_CLIENT_ID);
        zuora.getConfiguration().setClientSecret(ZuoraSimulator.DEFAULT_CLIENT_SECRET);
        camel.addComponent("zuora-jobs", zuora);
        // the watch fetches jobs on its own pool (fetchConcurrency); their cost belongs to the poll
        cycles.includeThreadsNamed("ZuoraJobsWatchFetch");
        camel.getRegistry().bind("pollCycles", new TimedPolls(cycles));
        String jobIds = "";
        if (target.jobIds() != null) {
            camel.getRegistry().bind("watchedJobIds", target.jobIds());
            jobIds = "&jobIds=#watchedJobIds";
        }
        // useFixedDelay=false: the delay counts from the start of a poll, as the hand-written timer's period does
        String uri = "zuora-jobs:watch?delay=" + target.pollDelay().toMillis() + "&initialDelay=0&useFixedDelay=false"
                     + "&pollStrategy=#pollCycles" + jobIds;
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(ROUTE_ID).autoStartup(false).process(detections);
            }
        });
    }

    /** Times each poll: begin and commit (or rollback) run on the polling thread, around the poll and its exchanges. */
    private record TimedPolls(CycleMeter cycles) implements PollingConsumerPollStrategy {

        @Override
        public boolean begin(Consumer consumer, Endpoint endpoint) {
            cycles.begin();
            return true;
        }

        @Override
        public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
            cycles.end();
        }

        @Override
        public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
            cycles.end();
            return false;
        }
    }
}
