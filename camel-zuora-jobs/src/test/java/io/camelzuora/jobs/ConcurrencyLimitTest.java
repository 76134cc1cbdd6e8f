package io.camelzuora.jobs;

import java.time.Duration;
import java.util.List;

import io.camelzuora.jobs.exception.ZuoraConcurrencyLimitException;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.simulator.ConcurrencyLimitMode;
import io.camelzuora.simulator.RecordedRequest;
import io.camelzuora.simulator.SimJob;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A sixth active job is refused, in both ways Zuora refuses it, and the documented redelivery waits for capacity. */
class ConcurrencyLimitTest extends ZuoraJobsTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:submit").to("zuora-jobs:submitJob?object=passenger&jobOperation=create");
                from("direct:waitForCapacity")
                        .onException(ZuoraConcurrencyLimitException.class)
                            .maximumRedeliveries(200)
                            .redeliveryDelay(5)
                            .useExponentialBackOff()
                            .backOffMultiplier(1.5)
                            .maximumRedeliveryDelay(20)
                            .asyncDelayedRedelivery()
                        .end()
                        .to("zuora-jobs:submitJob?object=passenger&jobOperation=create")
                        .to("mock:submitted");
            }
        };
    }

    @Test
    void aSixthJobAnsweredAsAFailedJobRaisesTheLimitException() {
        fillTheTenant();

        Exchange out = template.request("direct:submit", e -> {
        });

        assertThat(out.getException()).isInstanceOf(ZuoraConcurrencyLimitException.class)
                .hasMessageContaining("71012560").hasMessageContaining("Service limit reached");
        ZuoraConcurrencyLimitException refused = (ZuoraConcurrencyLimitException) out.getException();
        assertThat(refused.getHttpStatus()).isEqualTo(200);
        assertThat(refused.getRefusedJob().getStatus()).isEqualTo("failed");
        assertThat(simulator.job(refused.getRefusedJob().getId()).errorCode()).isEqualTo(71012560);
    }

    @Test
    void aSixthJobAnsweredWith400RaisesTheLimitException() {
        simulator.concurrencyLimitMode(ConcurrencyLimitMode.REJECT_400);
        fillTheTenant();

        Exchange out = template.request("direct:submit", e -> {
        });

        assertThat(out.getException()).isInstanceOf(ZuoraConcurrencyLimitException.class);
        ZuoraConcurrencyLimitException refused = (ZuoraConcurrencyLimitException) out.getException();
        assertThat(refused.getHttpStatus()).isEqualTo(400);
        assertThat(refused.getZuoraCode()).isEqualTo("71012560");
        assertThat(refused.getRefusedJob()).isNull();
        assertThat(simulator.jobs()).hasSize(5);
    }

    @Test
    void redeliveryWithBackoffWaitsForCapacityWithANewKeyPerAttempt() throws Exception {
        simulator.concurrencyLimitMode(ConcurrencyLimitMode.REJECT_400);
        List<SimJob> running = fillTheTenant();
        MockEndpoint submitted = getMockEndpoint("mock:submitted");
        submitted.expectedMessageCount(1);

        template.asyncSend("direct:waitForCapacity", e -> {
        });
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> submits().size() >= 3);
        assertThat(submitted.getReceivedCounter()).isZero();
        simulator.scheduleStatus(running.get(0).id(), Duration.ZERO, "cancelled");

        submitted.assertIsSatisfied(10_000);
        CustomObjectBulkJob job = submitted.getExchanges().get(0).getMessage().getBody(CustomObjectBulkJob.class);
        assertThat(job.getStatus()).isEqualTo("pending");
        assertThat(submits()).extracting(r -> r.header("Idempotency-Key")).doesNotHaveDuplicates();
        assertThat(submits().get(submits().size() - 1).status()).isEqualTo(200);
    }

    private List<SimJob> fillTheTenant() {
        return List.of(simulator.createJob("passenger", "create"), simulator.createJob("passenger", "create"),
                simulator.createJob("passenger", "create"), simulator.createJob("passenger", "create"),
                simulator.createJob("passenger", "delete"));
    }

    private List<RecordedRequest> submits() {
        return simulator.requests().stream().filter(r -> r.method().equals("POST") && r.path().equals("/objects/jobs"))
                .toList();
    }
}
