package io.camelzuora.jobs.internal.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.camelzuora.jobs.state.AtomicFileStateRepository;
import io.camelzuora.simulator.Fault;
import io.camelzuora.simulator.SimJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A watching application killed with SIGKILL (a crash: no shutdown, no final save) and started again on the same
 * {@link AtomicFileStateRepository} file, twice: once with an exchange in flight, once with a request stalled. Every
 * status change the simulator made is delivered; the one change whose exchange was in flight is delivered twice, and
 * nothing else is; the state file always reads back whole and exactly as delivered.
 */
@Timeout(120)
class WatchCrashTest extends WatchNodesTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(WatchCrashTest.class);

    private List<String> createDeleteJobs(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(simulator.createJob("passenger", "delete").id());
        }
        return ids;
    }

    private static String jobOf(String line) {
        return line.substring(0, line.indexOf(' '));
    }

    @Test
    void aKilledWatchRestartedOnItsStateFileDeliversEveryChangeAndOnlyTheInFlightOneTwice() throws Exception {
        List<String> jobs = createDeleteJobs(20);
        Process first = nodes.start("first", "hangAfter=25");
        nodes.awaitLines("first", 20);
        simulator.clock().advance(Duration.ofSeconds(1));
        nodes.awaitLines("first", 25);
        ChildJvms.kill(first);

        // the 25th exchange was in flight: delivered, not yet stored
        List<String> firstLines = WatchNodes.lines(nodes.output("first"));
        assertThat(firstLines).hasSize(25);
        String inFlight = firstLines.get(24);
        Map<String, String> expected = new TreeMap<>();
        jobs.forEach(job -> expected.put(job, "accepted"));
        firstLines.subList(20, 24).forEach(line -> expected.put(jobOf(line), "in_progress"));
        assertThat(nodes.state().damaged()).isFalse();
        assertThat(nodes.storedStatuses()).isEqualTo(expected);

        long restart = System.nanoTime();
        Process second = nodes.start("second");
        nodes.awaitLines("second", 16);
        long recovered = (System.nanoTime() - restart) / 1_000_000;
        assertThat(WatchNodes.lines(nodes.output("second"))).contains(inFlight);

        // the next poll's first request stalls; the jobs move on meanwhile; the application is killed mid-poll
        simulator.faults().on("GET", "/objects/jobs.*").respond(Fault.delay(Duration.ofSeconds(20)));
        await().atMost(WatchNodes.PATIENCE).until(() -> simulator.faults().injectedCount() == 1);
        simulator.clock().advance(Duration.ofSeconds(1));
        List<String> submittedWhileDown = createDeleteJobs(5);
        ChildJvms.kill(second);
        jobs.forEach(job -> expected.put(job, "in_progress"));
        assertThat(nodes.state().damaged()).isFalse();
        assertThat(nodes.storedStatuses()).isEqualTo(expected);

        nodes.start("third");
        nodes.awaitLines("third", 25);
        simulator.clock().advance(Duration.ofSeconds(1));
        nodes.awaitLines("third", 30);
        simulator.clock().advance(Duration.ofSeconds(1));
        nodes.awaitLines("third", 35);

        List<String> delivered = nodes.delivered();
        List<String> twice = new ArrayList<>(delivered);
        nodes.transitions().forEach(twice::remove);
        assertThat(twice).containsExactly(inFlight);
        assertThat(delivered).containsAll(nodes.transitions()).hasSize(nodes.transitions().size() + 1);
        assertThat(simulator.jobs()).filteredOn(job -> submittedWhileDown.contains(job.id()))
                .extracting(SimJob::status).containsOnly("completed");
        LOG.info("Crash recovery: {} changes delivered, 1 twice (the exchange in flight); a restarted JVM delivered"
                 + " its first 16 changes {} ms after it was launched",
                delivered.size(), recovered);
    }
}
