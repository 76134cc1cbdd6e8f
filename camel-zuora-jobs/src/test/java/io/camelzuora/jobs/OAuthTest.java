package io.camelzuora.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.camelzuora.jobs.exception.ZuoraAuthenticationException;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.simulator.Fault;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OAuthTest extends ZuoraJobsTestSupport {

    private static final String EXAMPLE_ID = "ed4b9701-bafb-4976-8019-b08269430153";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").to("zuora-jobs:getJob");
                from("direct:other").to("zuora-jobs:getJob?trackId=another-endpoint");
                from("direct:wrongSecret").to("zuora-jobs:getJob?clientSecret=not-the-secret&maxRetries=0");
            }
        };
    }

    @BeforeEach
    void seed() {
        simulator.seedExampleJob();
    }

    @Test
    void manyConcurrentCallsOnTwoEndpointsShareOneToken() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Exchange>> calls = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String route = i % 2 == 0 ? "direct:get" : "direct:other";
                calls.add(() -> requestJob(route, EXAMPLE_ID));
            }
            for (Future<Exchange> result : pool.invokeAll(calls)) {
                assertThat(result.get().getException()).isNull();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(simulator.tokenRequestCount()).isEqualTo(1);
        assertThat(simulator.requestCount("GET", "/objects/jobs/.*")).isEqualTo(64);
    }

    @Test
    void anExpiredTokenIsReplacedAndTheCallRetriedOnce() {
        simulator.tokenTtl(Duration.ofMinutes(10));
        assertThat(requestJob("direct:get", EXAMPLE_ID).getException()).isNull();

        simulator.clock().advance(Duration.ofMinutes(11));
        Exchange out = requestJob("direct:get", EXAMPLE_ID);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(CustomObjectBulkJob.class).getId()).isEqualTo(EXAMPLE_ID);
        assertThat(simulator.tokenRequestCount()).isEqualTo(2);
        assertThat(simulator.requestCount("GET", "/objects/jobs/.*")).isEqualTo(3);
    }

    @Test
    void aRevokedTokenIsReplaced() {
        assertThat(requestJob("direct:get", EXAMPLE_ID).getException()).isNull();
        simulator.revokeAllTokens();

        assertThat(requestJob("direct:get", EXAMPLE_ID).getException()).isNull();
        assertThat(requestJob("direct:get", EXAMPLE_ID).getException()).isNull();

        assertThat(simulator.tokenRequestCount()).isEqualTo(2);
    }

    @Test
    void aTokenRevokedMidCallIsRenewedOnce() {
        simulator.faults().on("GET", "/objects/jobs/.*").respond(Fault.revokeTokens());

        Exchange out = requestJob("direct:get", EXAMPLE_ID);

        assertThat(out.getException()).isNull();
        assertThat(simulator.tokenRequestCount()).isEqualTo(2);
    }

    @Test
    void aPersistent401FailsAfterOneRenewal() {
        simulator.faults().on("GET", "/objects/jobs/.*").times(5).respond(Fault.status(401));

        Exchange out = requestJob("direct:get", EXAMPLE_ID);

        assertThat(out.getException()).isInstanceOf(ZuoraAuthenticationException.class)
                .hasMessageContaining("401");
        assertThat(simulator.requestCount("GET", "/objects/jobs/.*")).isEqualTo(2);
    }

    @Test
    void refusedCredentialsGiveAClearErrorWithoutTheSecret() {
        Exchange out = requestJob("direct:wrongSecret", EXAMPLE_ID);

        assertThat(out.getException()).isInstanceOf(ZuoraAuthenticationException.class)
                .hasMessageContaining("clientId and clientSecret")
                .hasMessageNotContaining("not-the-secret");
        assertThat(simulator.requestCount("GET", "/objects/jobs/.*")).isZero();
    }
}
