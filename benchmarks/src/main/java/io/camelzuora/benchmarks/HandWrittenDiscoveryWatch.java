package io.camelzuora.benchmarks;

import java.util.List;

import io.camelzuora.jobs.model.JobPage;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * The route a user writes to watch every job of a tenant without the component: a timer, then page through
 * {@code GET /objects/jobs} (100 per page, the maximum) with camel-http and Jackson, split each page's jobs and filter
 * on a changed status. The first poll records what exists without emitting it. Paging the whole list is the simple
 * correct approach: the list is ordered by creation, not by change, so a change to an old job can be anywhere in it.
 */
final class HandWrittenDiscoveryWatch implements WatchContender {

    static final String NAME = "timer + paging + camel-http";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void addTo(CamelContext camel, WatchTarget target, Detections detections, CycleMeter cycles)
            throws Exception {
        LastSeenStatuses statuses = new LastSeenStatuses(List.of(), true);
        JobListPager pager = new JobListPager(100);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("timer:discover-jobs?delay=0&period=" + target.pollDelay().toMillis()).routeId(ROUTE_ID)
                        .autoStartup(false)
                        .process(exchange -> cycles.begin())
                        .bean(pager, "firstPage")
                        .loopDoWhile(method(pager, "hasMore"))
                            .removeHeaders("*")
                            .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                            .setHeader(Exchange.HTTP_QUERY, method(pager, "query"))
                            .setHeader("Authorization", constant("Bearer " + target.bearerToken()))
                            .setHeader("Accept", constant("application/json"))
                            .to(target.baseUrl() + "/objects/jobs")
                            .unmarshal().json(JsonLibrary.Jackson, JobPage.class)
                            .split(method(pager, "jobsOf"))
                                .filter(method(statuses, "changed"))
                                    .process(detections)
                                .end()
                            .end()
                        .end()
                        .bean(statuses, "baselineDone")
                        .process(exchange -> cycles.end());
            }
        });
    }
}
