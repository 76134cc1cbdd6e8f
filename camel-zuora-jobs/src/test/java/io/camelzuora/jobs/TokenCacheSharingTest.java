package io.camelzuora.jobs;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.camelzuora.simulator.Fault;
import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token cache is shared only by endpoints that call the token endpoint the same way, and a token endpoint that
 * hangs never holds up stopping the context.
 */
class TokenCacheSharingTest extends ZuoraJobsTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:slowTokens").to("zuora-jobs:getJob?requestTimeout=30s");
            }
        };
    }

    private int tokenCaches() {
        return context.getComponent("zuora-jobs", ZuoraJobsComponent.class).tokenCacheCount();
    }

    @Test
    void endpointsShareATokenCacheOnlyWhenTheyCallTheTokenEndpointTheSameWay() {
        simulator.seedExampleJob();
        String job = ZuoraSimulator.EXAMPLE_JOB_ID;
        assertThat(requestJob("direct:slowTokens", job).getException()).isNull();
        assertThat(requestJob("zuora-jobs:getJob?requestTimeout=30s&object=passenger", job).getException()).isNull();
        assertThat(tokenCaches()).as("same URLs, credentials, TLS and timeouts").isEqualTo(1);

        assertThat(requestJob("zuora-jobs:getJob?requestTimeout=20s", job).getException()).isNull();
        assertThat(requestJob("zuora-jobs:getJob?requestTimeout=30s&connectTimeout=3s", job).getException()).isNull();
        simulator.registerClient("reporting", "reporting-secret");
        assertThat(requestJob("zuora-jobs:getJob?requestTimeout=30s&clientId=reporting&clientSecret=reporting-secret",
                job).getException()).isNull();
        assertThat(tokenCaches()).isEqualTo(4);
        assertThat(simulator.tokenRequestCount()).isEqualTo(4);
    }

    @Test
    void hostileHangingTokenEndpointNeverHoldsUpStoppingTheContext() {
        simulator.faults().on("POST", "/oauth/token").respond(Fault.delay(Duration.ofSeconds(20)));
        CompletableFuture<Exchange> call = template.asyncSend("direct:slowTokens",
                e -> e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, ZuoraSimulator.EXAMPLE_JOB_ID));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> simulator.faults().injectedCount() == 1);

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(context::stop);

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(stopping::isDone);
        assertThat(call.join().getException()).isNotNull();
    }
}
