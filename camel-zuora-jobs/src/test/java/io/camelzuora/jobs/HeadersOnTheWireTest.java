package io.camelzuora.jobs;

import io.camelzuora.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadersOnTheWireTest extends ZuoraJobsTestSupport {

    private static final String EXAMPLE_ID = "ed4b9701-bafb-4976-8019-b08269430153";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:all").to("zuora-jobs:getJob?zuoraVersion=2024-05-20&entityIds=8a8082c4-entity"
                                      + "&orgIds=org-1,org-2&trackId=nightly-load&gzip=true");
                from("direct:plain").to("zuora-jobs:getJob?gzip=false");
            }
        };
    }

    @BeforeEach
    void seed() {
        simulator.seedExampleJob();
    }

    private RecordedRequest lastJobRequest() {
        return simulator.requests().stream().filter(r -> r.path().startsWith("/objects/jobs"))
                .reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void everyOptionReachesTheWire() {
        template.sendBodyAndHeader("direct:all", null, ZuoraJobsConstants.JOB_ID, EXAMPLE_ID);

        RecordedRequest request = lastJobRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/objects/jobs/" + EXAMPLE_ID);
        assertThat(request.header("Zuora-Version")).isEqualTo("2024-05-20");
        assertThat(request.header("Zuora-Entity-Ids")).isEqualTo("8a8082c4-entity");
        assertThat(request.header("Zuora-Org-Ids")).isEqualTo("org-1,org-2");
        assertThat(request.header("Zuora-Track-Id")).isEqualTo("nightly-load");
        assertThat(request.header("Accept-Encoding")).isEqualTo("gzip");
        assertThat(request.header("Authorization")).startsWith("Bearer ");
        assertThat(request.header("Accept")).isEqualTo("application/json");
    }

    @Test
    void optionalHeadersAreNotSentWhenUnset() {
        template.sendBodyAndHeader("direct:plain", null, ZuoraJobsConstants.JOB_ID, EXAMPLE_ID);

        RecordedRequest request = lastJobRequest();
        assertThat(request.header("Zuora-Version")).isNull();
        assertThat(request.header("Zuora-Entity-Ids")).isNull();
        assertThat(request.header("Zuora-Org-Ids")).isNull();
        assertThat(request.header("Zuora-Track-Id")).isNull();
        assertThat(request.header("Accept-Encoding")).isNull();
    }

    @Test
    void theTrackIdHeaderOverridesTheOptionAndTheEchoComesBack() {
        Exchange out = template.request("direct:all", e -> {
            e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, EXAMPLE_ID);
            e.getMessage().setHeader(ZuoraJobsConstants.TRACK_ID, "msg-42");
        });

        assertThat(lastJobRequest().header("Zuora-Track-Id")).isEqualTo("msg-42");
        assertThat(out.getMessage().getHeader(ZuoraJobsConstants.TRACK_ID)).isEqualTo("msg-42");
    }
}
