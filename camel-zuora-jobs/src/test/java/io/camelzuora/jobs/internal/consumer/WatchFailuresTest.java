package io.camelzuora.jobs.internal.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.camelzuora.jobs.ZuoraJobsConfiguration;
import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.exception.ZuoraRateLimitException;
import io.camelzuora.simulator.Fault;
import io.camelzuora.simulator.StatusTransition;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Failing requests fail the poll, lose nothing, and show in the consumer's health check. */
class WatchFailuresTest extends WatchTestSupport {

    private final List<String> ids = new ArrayList<>();

    @Override
    protected void configure(ZuoraJobsConfiguration configuration) {
        super.configure(configuration);
        configuration.setMaxRetries(0);
    }

    private String submit(String operation) {
        String id = simulator.createJob("passenger", operation).id();
        ids.add(id);
        return id;
    }

    /** Polls until a poll succeeds, as the scheduler would keep doing; returns how many polls failed. */
    private int pollUntilSuccess() throws Exception {
        for (int failures = 0;; failures++) {
            try {
                poll();
                return failures;
            } catch (ZuoraApiException failure) {
                assertThat(failures).as("polls keep failing").isLessThan(50);
            }
        }
    }

    @Test
    void everyChangeArrivesOnceAndInOrderWhenThirtyPercentOfRequestsFail() throws Exception {
        simulator.seedHistory(100, 4);
        startWatch(watchUri(""));
        pollUntilSuccess();
        simulator.faults().randomMix(2024, 0.3, Fault.status(503), Fault.status(429), Fault.dropConnection());

        int failedPolls = 0;
        for (int step = 0; step < 40; step++) {
            if (step % 8 == 0) {
                submit("delete");
                submit("delete");
                String create = submit("create");
                simulator.scheduleStatus(create, Duration.ofSeconds(3), "in_progress");
            }
            simulator.clock().advance(Duration.ofSeconds(1));
            failedPolls += pollUntilSuccess();
        }
        simulator.faults().clear();

        assertThat(simulator.faults().injectedCount()).isGreaterThan(5);
        assertThat(failedPolls).as("failed polls").isGreaterThan(5);
        List<String> expected = new ArrayList<>();
        for (StatusTransition transition : simulator.transitions()) {
            if (ids.contains(transition.jobId())) {
                expected.add((ids.indexOf(transition.jobId()) + 1) + ":"
                             + Optional.ofNullable(transition.from()).orElse("") + ">" + transition.to());
            }
        }
        assertThat(expected).hasSize(ids.size() * 3);
        for (int job = 1; job <= ids.size(); job++) {
            String prefix = job + ":";
            assertThat(received(ids).stream().filter(change -> change.startsWith(prefix)))
                    .as("job %d", job)
                    .containsExactlyElementsOf(expected.stream().filter(change -> change.startsWith(prefix)).toList());
        }
    }

    @Test
    void retryAfterHoldsBackEveryRequestUntilItHasPassed() throws Exception {
        String job = submit("create");
        startWatch(watchUri("jobIds=" + job));
        simulator.faults().on("GET", "/objects/jobs/.*").times(2).respond(Fault.status(429, Duration.ofSeconds(30)));

        assertThatThrownBy(this::poll).isInstanceOf(ZuoraRateLimitException.class);
        simulator.clearRequests();
        simulator.clock().advance(Duration.ofSeconds(29));
        assertThat(poll()).isZero();
        assertThat(simulator.requestCount(null, "/objects/jobs.*")).isZero();

        simulator.clock().advance(Duration.ofSeconds(1));
        assertThatThrownBy(this::poll).isInstanceOf(ZuoraRateLimitException.class);
        simulator.clock().advance(Duration.ofSeconds(30));
        assertThat(poll()).isEqualTo(1);
        assertThat(received(ids)).containsExactly("1:>pending");
    }

    @Test
    void healthIsDownWhileZuoraFailsAndUpAfterwards() throws Exception {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        registry.register(registry.resolveById("consumers"));
        registry.setInitialState(HealthCheck.State.DOWN);
        String job = submit("create");
        String uri = watchUri("jobIds=" + job);
        // the consumers' health checks skip routes that do not start automatically
        startWatch(uri, new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(ROUTE_ID).to("mock:changes");
            }
        });
        assertThat(consumer.isConsumerReady()).isFalse();
        assertThat(consumer.getHealthCheck().call(Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.READINESS))
                .getState()).as("not ready before the first poll").isEqualTo(HealthCheck.State.DOWN);

        consumer.run();
        assertThat(consumer.isConsumerReady()).isTrue();
        assertThat(consumerCheck().getState()).isEqualTo(HealthCheck.State.UP);

        simulator.faults().on("GET", "/objects/jobs/.*").times(2).respond(Fault.status(503));
        consumer.run();
        consumer.run();
        HealthCheck.Result failing = consumerCheck();
        assertThat(failing.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(failing.getDetails()).containsEntry("http.response.code", 503)
                .containsEntry(HealthCheck.FAILURE_ERROR_COUNT, 2L);

        String baseUrl = simulator.baseUrl();
        simulator.close();
        consumer.run();
        assertThat(consumerCheck().getState()).as("simulator unreachable").isEqualTo(HealthCheck.State.DOWN);
        assertThat(received(ids)).containsExactly("1:>pending");

        simulator.start(Integer.parseInt(baseUrl.substring(baseUrl.lastIndexOf(':') + 1)));
        simulator.scheduleStatus(job, Duration.ZERO, "cancelled");
        consumer.run();
        assertThat(consumerCheck().getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(received(ids)).containsExactly("1:>pending", "1:pending>cancelled");
    }

    private HealthCheck.Result consumerCheck() {
        return HealthCheckHelper.invoke(context, "consumer:" + ROUTE_ID,
                Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.READINESS))
                .orElseThrow(() -> new AssertionError("no health check consumer:" + ROUTE_ID));
    }
}
