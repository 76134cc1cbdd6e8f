package io.camelzuora.kamelets;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A route from the Kamelet {@code zuora-job-status-source}, loaded from the jar's {@code kamelets/} folder as Camel
 * finds Kamelets, against the simulator: it emits each status change of the watched job as JSON with the watch's
 * headers, and only the statuses of its status filter.
 */
class ZuoraJobStatusSourceTest extends CamelTestSupport {

    private ZuoraSimulator simulator;
    private String jobId;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        simulator = new ZuoraSimulator();
        simulator.start();
        jobId = simulator.createJob("passenger", "create").id();
        simulator.scheduleStatus(jobId, Duration.ofSeconds(1), "in_progress");
        simulator.scheduleStatus(jobId, Duration.ofSeconds(2), "completed");
        CamelContext context = super.createCamelContext();
        Properties tenant = new Properties();
        tenant.setProperty("zuora.base-url", simulator.baseUrl());
        tenant.setProperty("zuora.client-id", ZuoraSimulator.DEFAULT_CLIENT_ID);
        tenant.setProperty("zuora.client-secret", ZuoraSimulator.DEFAULT_CLIENT_SECRET);
        context.getPropertiesComponent().setOverrideProperties(tenant);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                String source = "kamelet:zuora-job-status-source?baseUrl={{zuora.base-url}}"
                                + "&clientId={{zuora.client-id}}&clientSecret={{zuora.client-secret}}&delay=50";
                from(source + "&jobIds=" + jobId).routeId("every-change").to("mock:changes");
                from(source + "&jobIds=" + jobId + "&statusFilter=completed,failed").routeId("endings")
                        .to("mock:endings");
            }
        };
    }

    @Override
    protected void doPostTearDown() throws Exception {
        super.doPostTearDown();
        simulator.close();
    }

    @Test
    void emitsEachStatusChangeAsJsonWithTheWatchHeaders() throws Exception {
        MockEndpoint changes = getMockEndpoint("mock:changes");
        MockEndpoint endings = getMockEndpoint("mock:endings");
        await().until(changes::getReceivedCounter, count -> count == 1);
        simulator.clock().advance(Duration.ofSeconds(1));
        await().until(changes::getReceivedCounter, count -> count == 2);
        simulator.clock().advance(Duration.ofSeconds(1));
        await().until(changes::getReceivedCounter, count -> count == 3);
        await().until(endings::getReceivedCounter, count -> count == 1);

        List<Exchange> received = changes.getReceivedExchanges();
        assertThat(received).extracting(e -> e.getMessage().getHeader("CamelZuoraJobStatus"))
                .containsExactly("pending", "in_progress", "completed");
        assertThat(received).extracting(e -> e.getMessage().getHeader("CamelZuoraJobPreviousStatus"))
                .containsExactly(null, "pending", "in_progress");
        assertThat(received.get(2).getMessage().getHeader("CamelZuoraJobTerminal")).isEqualTo(true);
        assertThat(received.get(2).getMessage().getHeader("Content-Type")).isEqualTo("application/json");
        JsonNode job = new ObjectMapper().readTree(received.get(2).getMessage().getBody(String.class));
        assertThat(job.get("Id").asText()).isEqualTo(jobId);
        assertThat(job.get("status").asText()).isEqualTo("completed");

        assertThat(endings.getReceivedExchanges().get(0).getMessage().getHeader("CamelZuoraJobStatus"))
                .isEqualTo("completed");
    }
}
