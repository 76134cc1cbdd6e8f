package io.camelzuora.benchmarks;

import io.camelzuora.jobs.model.CustomObjectBulkJob;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * The route a user writes to watch given jobs without the component: a timer, split the ids not yet finished,
 * camel-http {@code GET /objects/jobs/{id}}, Jackson, filter on a changed status.
 */
final class HandWrittenIdWatch implements WatchContender {

    static final String NAME = "timer + split + camel-http";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void addTo(CamelContext camel, WatchTarget target, Detections detections, CycleMeter cycles)
            throws Exception {
        LastSeenStatuses statuses = new LastSeenStatuses(target.jobIds(), false);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("timer:watch-jobs?delay=0&period=" + target.pollDelay().toMillis()).routeId(ROUTE_ID).autoStartup(false)
                        .process(exchange -> cycles.begin())
                        .split(method(statuses, "unfinished"))
                            .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                            .setHeader(Exchange.HTTP_PATH, body())
                            .setHeader("Authorization", constant("Bearer " + target.bearerToken()))
                            .setHeader("Accept", constant("application/json"))
                            .to(target.baseUrl() + "/objects/jobs")
                            .unmarshal().json(JsonLibrary.Jackson, CustomObjectBulkJob.class)
                            .filter(method(statuses, "changed"))
                                .process(detections)
                            .end()
                        .end()
                        .process(exchange -> cycles.end());
            }
        });
    }
}
