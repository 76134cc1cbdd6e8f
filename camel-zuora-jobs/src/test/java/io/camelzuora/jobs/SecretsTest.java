package io.camelzuora.jobs;

import java.util.ArrayList;
import java.util.List;

import io.camelzuora.simulator.Fault;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest extends ZuoraJobsTestSupport {

    private static final String EXAMPLE_ID = "ed4b9701-bafb-4976-8019-b08269430153";
    private static final String CLIENT_ID = "integration-client-7f3a";
    private static final String CLIENT_SECRET = "S3cr3t-Value-9d2b";
    private static final String URI = "zuora-jobs:getJob?clientId=" + CLIENT_ID + "&clientSecret=" + CLIENT_SECRET
                                      + "&trackId=secrets-test";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").routeId("secrets").to(URI);
            }
        };
    }

    @Test
    void noSecretOrTokenInLogsMessagesOrUris() throws Exception {
        simulator.registerClient(CLIENT_ID, CLIENT_SECRET);
        simulator.seedExampleJob();
        List<String> messages = new ArrayList<>();
        String log;
        try (LogCapture capture = new LogCapture()) {
            template.request("direct:get", e -> e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, EXAMPLE_ID));
            simulator.revokeAllTokens();
            template.request("direct:get", e -> e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, EXAMPLE_ID));
            simulator.faults().on("GET", "/objects/jobs/.*").times(10).respond(Fault.status(500));
            simulator.faults().on("GET", "/objects/jobs/.*").times(2).respond(Fault.status(401));
            for (int i = 0; i < 2; i++) {
                Exchange failed = template.request("direct:get",
                        e -> e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, EXAMPLE_ID));
                assertThat(failed.getException()).isNotNull();
                messages.add(stackText(failed.getException()));
            }
            Exchange missing = template.request("direct:get",
                    e -> e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, "0b6a3a53-9ff5-4b25-9b3c-2d1f0e6c4a11"));
            messages.add(stackText(missing.getException()));
            log = capture.text();
        }
        List<String> tokens = simulator.requests().stream().map(r -> r.header("Authorization"))
                .filter(h -> h != null && h.startsWith("Bearer ")).map(h -> h.substring(7)).distinct().toList();
        assertThat(tokens).hasSizeGreaterThanOrEqualTo(2);

        ZuoraJobsEndpoint endpoint = context.getEndpoint(URI, ZuoraJobsEndpoint.class);
        List<String> visible = new ArrayList<>(messages);
        visible.add(log);
        visible.add(endpoint.toString());
        visible.add(URISupport.sanitizeUri(endpoint.getEndpointUri()));
        visible.add(endpoint.getConfiguration().toString());
        visible.add(context.getRoute("secrets").toString());
        assertThat(log).contains("GET /objects/jobs/{id}");
        for (String text : visible) {
            assertThat(text).doesNotContain(CLIENT_SECRET).doesNotContain(CLIENT_ID);
            for (String token : tokens) {
                assertThat(text).doesNotContain(token);
            }
        }
    }

    private static String stackText(Throwable t) {
        java.io.StringWriter out = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
