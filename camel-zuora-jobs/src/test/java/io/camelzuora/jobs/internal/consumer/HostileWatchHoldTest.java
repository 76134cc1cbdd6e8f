package io.camelzuora.jobs.internal.consumer;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camelzuora.jobs.LogCapture;
import io.camelzuora.jobs.exception.ZuoraRateLimitException;
import io.camelzuora.jobs.health.ZuoraJobsProducerHealthCheck;
import io.camelzuora.jobs.state.AtomicFileStateRepository;
import io.camelzuora.simulator.Fault;
import org.apache.camel.console.DevConsole;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A watch told to wait for centuries waits at most {@code maxRetryAfter}, says so in its health check and the dev
 * console while it waits, starts afresh when its route restarts, and loses and repeats nothing.
 */
class HostileWatchHoldTest extends WatchTestSupport {

    private static final String TOO_MANY = "{\"code\": 71013061, \"message\": \"Too Many Requests\"}";

    private final List<String> ids = new ArrayList<>();

    private String submit() {
        String id = simulator.createJob("passenger", "create").id();
        ids.add(id);
        return id;
    }

    private void answerNextFetchWithRetryAfterOfCenturies() {
        simulator.faults().on("GET", "/objects/jobs/.*").respond(Fault.answer(429, TOO_MANY,
                Map.of("Retry-After", "999999999999")));
    }

    @Test
    void hostileRetryAfterOfCenturiesHoldsTheWatchOnlyForMaxRetryAfterAndShowsItWhileItLasts() throws Exception {
        String job = submit();
        startWatch(watchUri("jobIds=" + job + "&maxRetries=0&maxRetryAfter=10m"));
        answerNextFetchWithRetryAfterOfCenturies();
        Instant failedAt = simulator.clock().now();

        try (LogCapture log = new LogCapture()) {
            assertThatThrownBy(this::poll).isInstanceOf(ZuoraRateLimitException.class)
                    .satisfies(e -> assertThat(((ZuoraRateLimitException) e).getRetryAfter())
                            .isEqualTo(Duration.ofMinutes(10)));
            assertThat(log.text()).contains("WARN").contains("Retry-After: 999999999999");
        }
        Instant until = failedAt.plus(Duration.ofMinutes(10));
        assertThat(consumer.serverHold().until()).isEqualTo(until);
        assertThat(consumer.getHoldUntil()).isEqualTo(until.toString());

        simulator.clearRequests();
        consumer.run();
        HealthCheck.Result health = consumer.getHealthCheck().call(Map.of());
        assertThat(health.getState()).as("held, though the poll sent nothing and failed nothing")
                .isEqualTo(HealthCheck.State.DOWN);
        assertThat(health.getDetails()).containsEntry(ZuoraJobsProducerHealthCheck.HOLD_UNTIL, until.toString());
        assertThat(health.getMessage()).hasValueSatisfying(m -> assertThat(m).contains(until.toString()));
        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("zuora-jobs");
        assertThat((String) console.call(DevConsole.MediaType.TEXT, Map.of()))
                .contains("Zuora asked to wait: no request before " + until);
        assertThat(simulator.requestCount(null, "/objects/jobs.*")).isZero();

        simulator.clock().advance(Duration.ofMinutes(10));
        assertThat(poll()).isEqualTo(1);
        assertThat(consumer.serverHold()).isNull();
        assertThat(consumer.getHealthCheck().call(Map.of()).getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(received(ids)).containsExactly("1:>pending");
    }

    @Test
    void hostileRateLimitResetHoldDoesNotSurviveARouteRestartAndNothingIsEmittedTwice(@TempDir Path dir)
            throws Exception {
        String job = submit();
        context.getRegistry().bind("state", new AtomicFileStateRepository(dir.resolve("watch.state").toFile()));
        startWatch(watchUri("jobIds=" + job + "&maxRetries=0&stateRepository=#state"));
        simulator.faults().on("GET", "/objects/jobs/.*").respond(Fault.headers(Map.of("RateLimit-Limit",
                "2250000, 50000;w=60, 2250000;w=3600, 27000000;w=86400", "RateLimit-Remaining", "0",
                "RateLimit-Reset", "86400")));
        assertThat(poll()).isEqualTo(1);
        simulator.scheduleStatus(job, Duration.ZERO, "cancelled");
        simulator.clearRequests();
        assertThatThrownBy(this::poll).isInstanceOf(ZuoraRateLimitException.class).hasMessageContaining("not sent");
        assertThat(consumer.serverHold()).isNotNull();
        assertThat(simulator.requestCount(null, "/objects/jobs.*")).isZero();

        restartWatch();

        assertThat(consumer.serverHold()).isNull();
        assertThat(poll()).isEqualTo(1);
        assertThat(poll()).isZero();
        assertThat(received(ids)).containsExactly("1:>pending", "1:pending>cancelled");
    }
}
