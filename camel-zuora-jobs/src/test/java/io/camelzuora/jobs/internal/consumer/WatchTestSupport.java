package io.camelzuora.jobs.internal.consumer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import io.camelzuora.jobs.ZuoraJobsConstants;
import io.camelzuora.jobs.ZuoraJobsTestSupport;
import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;

/**
 * Runs a watch route whose scheduler does not start ({@code startScheduler=false}), so each test drives the polls
 * itself, on the simulator's clock.
 */
abstract class WatchTestSupport extends ZuoraJobsTestSupport {

    static final String ROUTE_ID = "watch";

    protected MockEndpoint changes;
    protected WatchConsumer consumer;

    /** Adds and starts {@code from(uri).to("mock:changes")} with the consumer on the simulator's clock. */
    protected void startWatch(String uri) throws Exception {
        startWatch(uri, new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(ROUTE_ID).autoStartup(false).to("mock:changes");
            }
        });
    }

    /**
     * Adds the routes (one with id {@value #ROUTE_ID}, not auto-started) and starts that route on the simulator's
     * clock.
     */
    protected void startWatch(String uri, RouteBuilder routes) throws Exception {
        context.addRoutes(routes);
        changes = getMockEndpoint("mock:changes");
        consumer = (WatchConsumer) context.getRoute(ROUTE_ID).getConsumer();
        consumer.setClock(simulatorClock(simulator));
        context.getRouteController().startRoute(ROUTE_ID);
    }

    /** Stops and starts the watch route; the restarted route has a new consumer, put on the simulator's clock. */
    protected void restartWatch() throws Exception {
        context.getRouteController().stopRoute(ROUTE_ID);
        context.getRouteController().startRoute(ROUTE_ID);
        consumer = (WatchConsumer) context.getRoute(ROUTE_ID).getConsumer();
        consumer.setClock(simulatorClock(simulator));
    }

    /** One poll, as the scheduler would run it, returning the number of exchanges emitted. */
    protected int poll() throws Exception {
        return consumer.poll();
    }

    protected static String watchUri(String options) {
        return "zuora-jobs:watch?startScheduler=false" + (options.isEmpty() ? "" : "&" + options);
    }

    /**
     * {@code jobId:previous>status} of each received exchange, e.g. {@code 1:>pending}, {@code 1:pending>in_progress}.
     */
    protected static String describe(Exchange exchange, List<String> ids) {
        String id = exchange.getMessage().getHeader(ZuoraJobsConstants.JOB_ID, String.class);
        String previous = exchange.getMessage().getHeader(ZuoraJobsConstants.JOB_PREVIOUS_STATUS, "", String.class);
        return (ids.indexOf(id) + 1) + ":" + previous + ">"
               + exchange.getMessage().getHeader(ZuoraJobsConstants.JOB_STATUS, String.class);
    }

    protected List<String> received(List<String> ids) {
        return changes.getReceivedExchanges().stream().map(exchange -> describe(exchange, ids)).toList();
    }

    static Clock simulatorClock(ZuoraSimulator simulator) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return simulator.clock().now();
            }
        };
    }
}
