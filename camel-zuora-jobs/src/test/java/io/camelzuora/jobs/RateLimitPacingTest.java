package io.camelzuora.jobs;

import java.time.Instant;

import io.camelzuora.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Zuora's RateLimit-Remaining running low slows the client down before Zuora answers 429. */
class RateLimitPacingTest extends ZuoraJobsTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").to("zuora-jobs:getJob?maxRetries=0&maxRetryDelay=10s");
            }
        };
    }

    @Test
    void waitsForTheNextWindowInsteadOfRunningIntoA429() {
        simulator.seedExampleJob();
        simulator.rateLimitPerMinute(6);
        // two seconds before the simulator's minute window ends, running in real time
        simulator.clock().set(Instant.parse("2026-01-01T00:00:58Z"));
        simulator.clock().runInRealTime(1.0);

        for (int i = 0; i < 8; i++) {
            Exchange out = template.request("direct:get",
                    e -> e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, "ed4b9701-bafb-4976-8019-b08269430153"));
            assertThat(out.getException()).isNull();
        }

        assertThat(simulator.requests()).extracting(RecordedRequest::status).doesNotContain(429);
    }
}
