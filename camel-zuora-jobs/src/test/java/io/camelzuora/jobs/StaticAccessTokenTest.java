package io.camelzuora.jobs;

import io.camelzuora.jobs.exception.ZuoraAuthenticationException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaticAccessTokenTest extends ZuoraJobsTestSupport {

    private static final String EXAMPLE_ID = "ed4b9701-bafb-4976-8019-b08269430153";
    private static final String TOKEN = "static-token-5f1c2a";

    @Override
    protected void configure(ZuoraJobsConfiguration configuration) {
        super.configure(configuration);
        configuration.setClientId(null);
        configuration.setClientSecret(null);
        configuration.setAccessToken(TOKEN);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").to("zuora-jobs:getJob");
            }
        };
    }

    @Test
    void sendsTheTokenAsItIsAndNeverCallsTheTokenEndpoint() {
        simulator.addStaticToken(TOKEN);
        simulator.seedExampleJob();

        Exchange out = template.request("direct:get", e -> e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, EXAMPLE_ID));

        assertThat(out.getException()).isNull();
        assertThat(simulator.requests().get(0).header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(simulator.tokenRequestCount()).isZero();
    }

    @Test
    void aRejectedStaticTokenFailsWithoutRetryOrLeak() {
        simulator.seedExampleJob();

        Exchange out = template.request("direct:get", e -> e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, EXAMPLE_ID));

        assertThat(out.getException()).isInstanceOf(ZuoraAuthenticationException.class)
                .hasMessageNotContaining(TOKEN);
        assertThat(simulator.requestCount("GET", "/objects/jobs/.*")).isEqualTo(1);
        assertThat(simulator.tokenRequestCount()).isZero();
    }
}
