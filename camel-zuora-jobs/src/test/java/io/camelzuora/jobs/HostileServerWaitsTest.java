package io.camelzuora.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.exception.ZuoraRateLimitException;
import io.camelzuora.jobs.health.ZuoraJobsProducerHealthCheck;
import io.camelzuora.jobs.internal.client.ServerHold;
import io.camelzuora.simulator.Fault;
import io.camelzuora.simulator.RecordedRequest;
import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waits a misbehaving server asks for are bounded by {@code maxRetryAfter}, visible while in force, and never turn into
 * an exception or a retry-at-once loop; unreadable rate-limit headers never fail a call that succeeded; a body trickled
 * a byte at a time fails within {@code requestTimeout}. After each, the same endpoint goes on working.
 */
class HostileServerWaitsTest extends ZuoraJobsTestSupport {

    private static final String JOB = ZuoraSimulator.EXAMPLE_JOB_ID;
    private static final String JOB_PATH = "/objects/jobs/.*";
    private static final String GET = "zuora-jobs:getJob?maxRetryAfter=1s";
    private static final String MULTI_WINDOW = "2250000, 50000;w=60, 2250000;w=3600, 27000000;w=86400";
    private static final String ERROR_BODY = "{\"code\": 71013061, \"message\": \"Too Many Requests\"}";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").routeId("get").to(GET);
            }
        };
    }

    @BeforeEach
    void seed() {
        simulator.seedExampleJob();
    }

    private ServerHold hold() {
        return context.getEndpoint(GET, ZuoraJobsEndpoint.class).getClient().hold();
    }

    private List<RecordedRequest> jobCalls() {
        return simulator.requests().stream().filter(r -> r.path().startsWith("/objects/jobs/")).toList();
    }

    @Test
    void hostileRetryAfterOfCenturiesIsCutToMaxRetryAfterLoggedWithTheValueAndTheNextCallWorks() {
        simulator.faults().on("GET", JOB_PATH).respond(Fault.answer(429, ERROR_BODY,
                Map.of("Retry-After", "999999999999")));
        Exchange out;
        try (LogCapture log = new LogCapture()) {
            out = template.request("zuora-jobs:getJob?maxRetryAfter=5s&maxRetryDelay=1s",
                    e -> e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, JOB));
            assertThat(log.text()).contains("WARN").contains("Retry-After: 999999999999")
                    .contains("maxRetryAfter");
        }

        assertThat(out.getException()).isInstanceOf(ZuoraRateLimitException.class);
        assertThat(((ZuoraRateLimitException) out.getException()).getRetryAfter()).isEqualTo(Duration.ofSeconds(5));
        assertThat(requestJob("zuora-jobs:getJob?maxRetryAfter=5s&maxRetryDelay=1s", JOB).getException()).isNull();
    }

    @Test
    void aHostileRetryAfterIsCutToMaxRetryAfterAndTheCallRetriedAfterIt() {
        simulator.faults().on("GET", JOB_PATH).respond(Fault.answer(429, ERROR_BODY,
                Map.of("Retry-After", "99999999999999999999999999")));

        Exchange out = requestJob("direct:get", JOB);

        assertThat(out.getException()).isNull();
        List<RecordedRequest> calls = jobCalls();
        assertThat(calls).extracting(RecordedRequest::status).containsExactly(429, 200);
        assertThat(Duration.between(calls.get(0).wallTime(), calls.get(1).wallTime()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @ParameterizedTest(name = "Retry-After: {0}")
    @ValueSource(strings = { "0", "-30", "soon", "1.5", "Wed, 21 Oct 2015 07:28:00 GMT", "" })
    void hostileRetryAfterThatAsksForNoWaitIsRetriedWithTheUsualBackoff(String retryAfter) {
        simulator.faults().on("GET", JOB_PATH).times(2).respond(Fault.answer(429, ERROR_BODY,
                Map.of("Retry-After", retryAfter)));

        Exchange out = requestJob("direct:get", JOB);

        assertThat(out.getException()).isNull();
        assertThat(jobCalls()).extracting(RecordedRequest::status).containsExactly(429, 429, 200);
        assertThat(hold()).isNull();
    }

    @Test
    void a429WithRetryAfterOneIsRetriedAfterItThoughALongerRateLimitResetCameWithIt() {
        simulator.faults().on("GET", JOB_PATH).respond(Fault.answer(429, ERROR_BODY, Map.of("Retry-After", "1",
                "RateLimit-Limit", MULTI_WINDOW, "RateLimit-Remaining", "0", "RateLimit-Reset", "50")));

        Exchange out = requestJob("zuora-jobs:getJob?maxRetryDelay=2s", JOB);

        assertThat(out.getException()).isNull();
        List<RecordedRequest> calls = jobCalls();
        assertThat(calls).extracting(RecordedRequest::status).containsExactly(429, 200);
        assertThat(Duration.between(calls.get(0).wallTime(), calls.get(1).wallTime()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void hostileRateLimitResetOfADayHoldsRequestsOnlyUntilMaxRetryAfterAndShowsInTheProducerHealthCheck()
            throws Exception {
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
        context.getRouteController().stopRoute("get");
        context.getRouteController().startRoute("get");
        simulator.faults().on("GET", JOB_PATH).respond(Fault.headers(Map.of("RateLimit-Limit", MULTI_WINDOW,
                "RateLimit-Remaining", "0", "RateLimit-Reset", "86400")));

        Instant before = Instant.now();
        assertThat(requestJob("direct:get", JOB).getException()).isNull();
        ServerHold hold = hold();
        assertThat(hold).isNotNull();
        assertThat(hold.until()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(hold.reason()).contains("RateLimit-Reset: 86400");
        HealthCheck.Result health = producerCheck();
        assertThat(health.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(health.getDetails()).containsEntry(ZuoraJobsProducerHealthCheck.HOLD_UNTIL, hold.until().toString());

        assertThat(requestJob("direct:get", JOB).getException()).as("waits out the hold, then is sent").isNull();
        assertThat(jobCalls()).extracting(RecordedRequest::status).containsExactly(200, 200);
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> producerCheck().getState() == HealthCheck.State.UP);
    }

    @Test
    void theMultiWindowRateLimitHeaderIsReadSoAnAlmostSpentMinuteHoldsRequests() {
        simulator.faults().on("GET", JOB_PATH).respond(Fault.headers(Map.of("RateLimit-Limit", MULTI_WINDOW,
                "RateLimit-Remaining", "501", "RateLimit-Reset", "30")));
        assertThat(requestJob("direct:get", JOB).getException()).isNull();
        assertThat(hold()).as("501 left is above 1 % of the 50,000 a minute").isNull();

        simulator.faults().on("GET", JOB_PATH).respond(Fault.headers(Map.of("RateLimit-Limit", MULTI_WINDOW,
                "RateLimit-Remaining", "500", "RateLimit-Reset", "1")));
        assertThat(requestJob("direct:get", JOB).getException()).isNull();
        assertThat(hold()).isNotNull();
        assertThat(requestJob("direct:get", JOB).getException()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "RateLimit-Limit=lots", "RateLimit-Limit=;w=60", "RateLimit-Remaining=-1",
            "RateLimit-Remaining=99999999999999999999999", "RateLimit-Reset=tomorrow",
            "RateLimit-Reset=-86400", "RateLimit-Limit=50000;w=sixty" })
    void hostileUnreadableRateLimitHeaderIsIgnoredAndNeverFailsACallThatSucceeded(String header) {
        String[] nameValue = header.split("=", 2);
        Map<String, String> headers = new LinkedHashMap<>(
                Map.of("RateLimit-Limit", MULTI_WINDOW,
                        "RateLimit-Remaining", "0", "RateLimit-Reset", "3"));
        headers.put(nameValue[0], nameValue[1]);
        simulator.faults().on("GET", JOB_PATH).respond(Fault.headers(headers));

        Exchange out = requestJob("direct:get", JOB);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(ZuoraJobsConstants.JOB_STATUS)).isNotNull();
    }

    @Test
    void hostileTrickledBodyFailsWithinTheRequestTimeoutAndTheNextCallWorks() {
        simulator.faults().on("GET", JOB_PATH).respond(Fault.trickle(Duration.ofMillis(50)));
        String uri = "zuora-jobs:getJob?requestTimeout=500&maxRetries=0";

        long started = System.nanoTime();
        Exchange out = requestJob(uri, JOB);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(out.getException()).isInstanceOf(ZuoraApiException.class)
                .hasMessageContaining("no complete response within the request timeout of 500 ms");
        // the whole body would take more than ten seconds to trickle in
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(requestJob(uri, JOB).getException()).isNull();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> context.getComponent("zuora-jobs",
                ZuoraJobsComponent.class).leasedConnections() == 0);
    }

    private HealthCheck.Result producerCheck() {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context);
        return results.stream().filter(r -> r.getCheck().getId().startsWith("producer:zuora-jobs-")).findFirst()
                .orElseThrow(() -> new AssertionError("no producer health check"));
    }
}
