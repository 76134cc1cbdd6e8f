package io.camelzuora.jobs.internal.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.camelzuora.simulator.SimJob;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Discovery mode against a tenant with 5,000 historical jobs: what is emitted and what each poll costs. */
class DiscoveryWatchTest extends WatchTestSupport {

    private final List<String> ids = new ArrayList<>();

    private long requests() {
        return simulator.requestCount(null, "/objects/jobs.*");
    }

    private String submit(String operation) {
        SimJob job = simulator.createJob("passenger", operation);
        ids.add(job.id());
        return job.id();
    }

    @Test
    void reportsNewJobsButNotHistoryWithinTheRequestBudget() throws Exception {
        simulator.seedHistory(5_000, 7);
        String running = submit("delete");
        startWatch(watchUri(""));

        simulator.clearRequests();
        assertThat(poll()).as("baseline: only the job running at start").isEqualTo(1);
        assertThat(requests()).as("baseline: newest job + one listing per non-terminal status").isLessThanOrEqualTo(4);
        simulator.clock().advance(Duration.ofSeconds(20));
        assertThat(poll()).isEqualTo(1);

        for (int i = 0; i < 3; i++) {
            simulator.clearRequests();
            assertThat(poll()).isZero();
            assertThat(requests()).as("quiet poll").isLessThanOrEqualTo(2);
        }

        String create = submit("create");
        String update = submit("update");
        simulator.clearRequests();
        assertThat(poll()).isEqualTo(2);
        assertThat(requests()).isLessThanOrEqualTo(2);

        simulator.clearRequests();
        simulator.scheduleStatus(create, Duration.ofSeconds(1), "in_progress");
        simulator.clock().advance(Duration.ofSeconds(1));
        assertThat(poll()).isEqualTo(1);
        assertThat(requests()).as("A = 2 active jobs").isLessThanOrEqualTo(2 + 2);

        String quick = submit("delete");
        simulator.clock().advance(Duration.ofSeconds(10));
        assertThat(simulator.job(quick).status()).isEqualTo("completed");
        simulator.clearRequests();
        assertThat(poll()).as("create completed, quick delete seen already completed").isEqualTo(2);
        assertThat(requests()).isLessThanOrEqualTo(1 + 2);

        assertThat(received(ids)).containsExactly("1:>accepted", "1:accepted>completed", "2:>pending", "3:>pending",
                "2:pending>in_progress", "4:>completed", "2:in_progress>completed");
        assertThat(update).isNotNull();
        simulator.clearRequests();
        assertThat(poll()).isZero();
        assertThat(requests()).as("only the update job is still running").isLessThanOrEqualTo(1 + 1);
    }

    @Test
    void keepsGoingWhenTheNewestKnownJobIsDeleted() throws Exception {
        simulator.seedHistory(300, 11);
        startWatch(watchUri(""));
        assertThat(poll()).isZero();

        simulator.deleteJob(simulator.jobs().get(0).id());
        submit("create");
        simulator.clearRequests();
        assertThat(poll()).isEqualTo(1);
        assertThat(requests()).as("the scan stops at the first job created before the deleted one").isLessThanOrEqualTo(2);
        assertThat(received(ids)).containsExactly("1:>pending");
    }

    @Test
    void reconciliationFindsRunningJobsTheBoundedScanMissed() throws Exception {
        simulator.seedHistory(50, 3);
        startWatch(watchUri("discoveryPageSize=1&discoveryMaxPages=1&discoveryReconcileInterval=60000"));
        assertThat(poll()).isZero();

        submit("create");
        submit("create");
        submit("create");
        assertThat(poll()).as("one page of one job: only the newest is found").isEqualTo(1);

        simulator.clock().advance(Duration.ofMinutes(1));
        int found = 0;
        for (int i = 0; i < 3; i++) {
            simulator.clearRequests();
            found += poll();
            assertThat(requests()).as("one status listing per poll on top of the scan and the watched jobs")
                    .isLessThanOrEqualTo(1 + 1 + 3);
        }
        assertThat(found).isEqualTo(2);
        assertThat(received(ids)).containsExactlyInAnyOrder("1:>pending", "2:>pending", "3:>pending");
    }

    @Test
    void emitHistoryEmitsEveryExistingJobOnceAtTheFirstStart() throws Exception {
        simulator.seedHistory(250, 13);
        submit("create");
        startWatch(watchUri("emitHistory=true"));

        assertThat(poll()).isEqualTo(251);
        assertThat(poll()).isZero();
        assertThat(changes.getReceivedExchanges().get(250).getMessage().getHeader("CamelZuoraJobId")).isEqualTo(ids.get(0));
    }
}
