package io.camelzuora.jobs.internal.consumer;

import java.time.Duration;
import java.util.List;

import io.camelzuora.jobs.ZuoraJobsConstants;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code jobIds} mode: the watched jobs' status changes, one exchange each, then no more requests. */
class JobIdsWatchTest extends WatchTestSupport {

    @Test
    void emitsFiveChangesOfTwoJobsThenStopsRequesting() throws Exception {
        String create = simulator.createJob("passenger", "create").id();
        String delete = simulator.createJob("passenger", "delete").id();
        simulator.scheduleStatus(create, Duration.ofSeconds(1), "in_progress");
        simulator.scheduleStatus(delete, Duration.ofSeconds(1), "cancelled");
        List<String> ids = List.of(create, delete);
        startWatch(watchUri("jobIds=" + create + "," + delete));

        assertThat(poll()).isEqualTo(2);
        simulator.clock().advance(Duration.ofSeconds(1));
        assertThat(poll()).isEqualTo(2);
        simulator.clock().advance(Duration.ofSeconds(10));
        simulator.clearRequests();
        assertThat(poll()).isEqualTo(1);
        assertThat(simulator.requestCount("GET", "/objects/jobs/.*")).isEqualTo(1);

        simulator.clearRequests();
        simulator.clock().advance(Duration.ofMinutes(1));
        assertThat(poll()).isZero();
        assertThat(poll()).isZero();
        assertThat(simulator.requestCount(null, "/objects/jobs.*")).isZero();

        assertThat(received(ids)).containsExactly("1:>pending", "2:>accepted", "1:pending>in_progress",
                "2:accepted>cancelled", "1:in_progress>completed");
        Exchange last = changes.getReceivedExchanges().get(4);
        assertThat(last.getMessage().getBody(CustomObjectBulkJob.class).getStatus()).isEqualTo("completed");
        assertThat(last.getMessage().getHeader(ZuoraJobsConstants.JOB_TERMINAL)).isEqualTo(true);
        assertThat(changes.getReceivedExchanges().get(0).getMessage().getHeader(ZuoraJobsConstants.JOB_TERMINAL))
                .isEqualTo(false);
        assertThat(changes.getReceivedExchanges().get(0).getMessage().getHeaders())
                .doesNotContainKey(ZuoraJobsConstants.JOB_PREVIOUS_STATUS);
        assertThat(last.getProperty(Exchange.BATCH_SIZE)).isEqualTo(1);
    }

    @Test
    void anUnknownStatusIsEmittedAndTheJobStaysWatched() throws Exception {
        String job = simulator.createJob("passenger", "create").id();
        simulator.scheduleStatus(job, Duration.ofSeconds(1), "queued_for_review");
        simulator.scheduleStatus(job, Duration.ofSeconds(2), "cancelled");
        startWatch(watchUri("jobIds=" + job));

        assertThat(poll()).isEqualTo(1);
        simulator.clock().advance(Duration.ofSeconds(1));
        assertThat(poll()).isEqualTo(1);
        simulator.clock().advance(Duration.ofSeconds(1));
        simulator.clearRequests();
        assertThat(poll()).isEqualTo(1);
        assertThat(simulator.requestCount("GET", "/objects/jobs/" + job)).as("still watched").isEqualTo(1);

        assertThat(received(List.of(job))).containsExactly("1:>pending", "1:pending>queued_for_review",
                "1:queued_for_review>cancelled");
        assertThat(changes.getReceivedExchanges().get(1).getMessage().getHeader(ZuoraJobsConstants.JOB_TERMINAL))
                .isEqualTo(false);
    }
}
