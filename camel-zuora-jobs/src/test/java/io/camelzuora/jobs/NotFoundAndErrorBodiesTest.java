package io.camelzuora.jobs;

import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.exception.ZuoraJobNotFoundException;
import io.camelzuora.simulator.ErrorBodyShape;
import io.camelzuora.simulator.Fault;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.HttpResponseAware;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotFoundAndErrorBodiesTest extends ZuoraJobsTestSupport {

    private static final String MISSING = "0b6a3a53-9ff5-4b25-9b3c-2d1f0e6c4a11";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").to("zuora-jobs:getJob?trackId=order-17");
            }
        };
    }

    @Test
    void aMissingJobRaisesJobNotFoundWithZuorasDetails() {
        Exchange out = requestJob("direct:get", MISSING);

        assertThat(out.getException()).isInstanceOf(ZuoraJobNotFoundException.class);
        ZuoraJobNotFoundException e = (ZuoraJobNotFoundException) out.getException();
        assertThat(e.getJobId()).isEqualTo(MISSING);
        assertThat(e.getHttpStatus()).isEqualTo(404);
        assertThat(((HttpResponseAware) e).getHttpResponseCode()).isEqualTo(404);
        assertThat(e.getZuoraCode()).isEqualTo("71013040");
        assertThat(e.getRequestId()).hasSize(36);
        assertThat(e.getTrackId()).isEqualTo("order-17");
        assertThat(e.getMessage()).contains("404", "71013040", e.getRequestId(), "order-17");
        assertThat(simulator.requestCount("GET", "/objects/jobs/.*")).isEqualTo(1);
    }

    @Test
    void readsTheV1ErrorShapeToo() {
        simulator.errorBodyShape(ErrorBodyShape.V1);

        Exchange out = requestJob("direct:get", MISSING);

        ZuoraJobNotFoundException e = (ZuoraJobNotFoundException) out.getException();
        assertThat(e.getZuoraCode()).isEqualTo("71013040");
        assertThat(e.getZuoraMessage()).isNotBlank();
    }

    @Test
    void anHtmlErrorPageGivesAShortReadableMessage() {
        simulator.faults().on("GET", "/objects/jobs/.*").times(4).respond(Fault.htmlPage(502));

        Exchange out = requestJob("direct:get", MISSING);

        assertThat(out.getException()).isInstanceOf(ZuoraApiException.class);
        ZuoraApiException e = (ZuoraApiException) out.getException();
        assertThat(e.getHttpStatus()).isEqualTo(502);
        assertThat(e.getMessage()).contains("HTML page").doesNotContain("<html").hasSizeLessThan(400);
    }
}
