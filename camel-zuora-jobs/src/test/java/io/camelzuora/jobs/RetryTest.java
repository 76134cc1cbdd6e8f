package io.camelzuora.jobs;

import java.time.Duration;
import java.util.List;

import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.exception.ZuoraRateLimitException;
import io.camelzuora.simulator.Fault;
import io.camelzuora.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RetryTest extends ZuoraJobsTestSupport {

    private static final String EXAMPLE_ID = "ed4b9701-bafb-4976-8019-b08269430153";
    private static final String JOB_PATH = "/objects/jobs/.*";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").to("zuora-jobs:getJob");
                from("direct:noRetry").to("zuora-jobs:getJob?maxRetries=0");
                from("direct:shortTimeout").to("zuora-jobs:getJob?requestTimeout=300");
            }
        };
    }

    @BeforeEach
    void seed() {
        simulator.seedExampleJob();
    }

    @Test
    void honoursRetryAfterInSecondsOn429() {
        simulator.faults().on("GET", JOB_PATH).respond(Fault.status(429, Duration.ofSeconds(1)));

        Exchange out = requestJob("direct:get", EXAMPLE_ID);

        assertThat(out.getException()).isNull();
        List<RecordedRequest> calls = jobCalls();
        assertThat(calls).extracting(RecordedRequest::status).containsExactly(429, 200);
        assertThat(Duration.between(calls.get(0).wallTime(), calls.get(1).wallTime())).isGreaterThanOrEqualTo(
                Duration.ofMillis(950));
    }

    @Test
    void honoursRetryAfterAsAnHttpDateOn503() {
        simulator.faults().on("GET", JOB_PATH).respond(Fault.retryAfterHttpDate(503, Duration.ofSeconds(2)));

        Exchange out = requestJob("direct:get", EXAMPLE_ID);

        assertThat(out.getException()).isNull();
        List<RecordedRequest> calls = jobCalls();
        assertThat(calls).extracting(RecordedRequest::status).containsExactly(503, 200);
        assertThat(Duration.between(calls.get(0).wallTime(), calls.get(1).wallTime())).isGreaterThanOrEqualTo(
                Duration.ofMillis(900));
    }

    @Test
    void aRetryAfterLongerThanTheCapFailsAtOnceWithTheWait() {
        simulator.faults().on("GET", JOB_PATH).respond(Fault.status(429, Duration.ofSeconds(120)));

        Exchange out = requestJob("direct:get", EXAMPLE_ID);

        assertThat(out.getException()).isInstanceOf(ZuoraRateLimitException.class);
        assertThat(((ZuoraRateLimitException) out.getException()).getRetryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(jobCalls()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = { 500, 502, 503, 504 })
    void retriesServerErrors(int status) {
        simulator.faults().on("GET", JOB_PATH).times(2).respond(Fault.status(status));

        Exchange out = requestJob("direct:get", EXAMPLE_ID);

        assertThat(out.getException()).isNull();
        assertThat(jobCalls()).extracting(RecordedRequest::status).containsExactly(status, status, 200);
    }

    @Test
    void givesUpAfterMaxRetries() {
        simulator.faults().on("GET", JOB_PATH).times(10).respond(Fault.status(500));

        Exchange out = requestJob("direct:get", EXAMPLE_ID);

        assertThat(out.getException()).isInstanceOf(ZuoraApiException.class).hasMessageContaining("500");
        assertThat(jobCalls()).hasSize(4);
    }

    @Test
    void maxRetriesZeroTurnsRetriesOff() {
        simulator.faults().on("GET", JOB_PATH).respond(Fault.status(503));

        assertThat(requestJob("direct:noRetry", EXAMPLE_ID).getException()).isInstanceOf(ZuoraRateLimitException.class);
        assertThat(jobCalls()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = { 400, 403, 404, 409, 422 })
    void neverRetriesClientErrors(int status) {
        simulator.faults().on("GET", JOB_PATH).respond(Fault.status(status));

        Exchange out = requestJob("direct:get", EXAMPLE_ID);

        assertThat(out.getException()).isInstanceOf(ZuoraApiException.class);
        assertThat(((ZuoraApiException) out.getException()).getHttpStatus()).isEqualTo(status);
        assertThat(jobCalls()).hasSize(1);
    }

    @Test
    void retriesADroppedConnection() {
        simulator.faults().on("GET", JOB_PATH).respond(Fault.dropConnection());

        Exchange out = requestJob("direct:get", EXAMPLE_ID);

        assertThat(out.getException()).isNull();
        assertThat(jobCalls()).extracting(RecordedRequest::status).containsExactly(0, 200);
    }

    @Test
    void retriesAStallPastTheRequestTimeout() {
        simulator.faults().on("GET", JOB_PATH).respond(Fault.delay(Duration.ofSeconds(2)));

        Exchange out = requestJob("direct:shortTimeout", EXAMPLE_ID);

        assertThat(out.getException()).isNull();
        // the stalled request is logged by the simulator only when its delay ends
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(jobCalls()).extracting(RecordedRequest::status).containsExactly(200, 200));
    }

    @Test
    void retriesMalformedAndTruncatedBodies() {
        simulator.faults().on("GET", JOB_PATH).respond(Fault.malformedJson());
        simulator.faults().on("GET", JOB_PATH).respond(Fault.truncatedJson());

        Exchange out = requestJob("direct:get", EXAMPLE_ID);

        assertThat(out.getException()).isNull();
        assertThat(jobCalls()).hasSize(3);
    }

    private List<RecordedRequest> jobCalls() {
        return simulator.requests().stream().filter(r -> r.path().startsWith("/objects/jobs/")).toList();
    }
}
