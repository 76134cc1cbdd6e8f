package io.camelzuora.jobs.internal.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.camelzuora.jobs.state.AtomicFileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two JVMs run {@code master:zuora-watch:zuora-jobs:watch} over camel-file's {@code FileLockClusterService} with one
 * shared {@link AtomicFileStateRepository} file. Only the leader polls; when it is killed (SIGKILL) with an exchange in
 * flight, the other takes over from the state file: together they deliver every status change the simulator made, and
 * only the change in flight twice.
 */
@Timeout(120)
class WatchFailoverTest extends WatchNodesTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(WatchFailoverTest.class);

    @Test
    void whenTheLeaderIsKilledTheOtherNodeTakesOverAndOnlyTheInFlightChangeIsDeliveredTwice() throws Exception {
        for (int i = 0; i < 20; i++) {
            simulator.createJob("passenger", "delete");
        }
        String cluster = "cluster=" + directory.resolve("cluster");
        Process leader = nodes.startLeaderAndStandby(WatchNode.class, cluster);
        String inFlight = nodes.inFlight();
        long killed = System.nanoTime();
        ChildJvms.kill(leader);
        nodes.awaitLines("standby", 1);
        long takeover = (System.nanoTime() - killed) / 1_000_000;
        nodes.awaitLines("standby", 16);
        assertThat(WatchNodes.lines(nodes.output("standby"))).contains(inFlight);
        simulator.clock().advance(Duration.ofSeconds(1));
        nodes.awaitLines("standby", 36);

        List<String> delivered = nodes.delivered();
        List<String> twice = new ArrayList<>(delivered);
        nodes.transitions().forEach(twice::remove);
        assertThat(twice).containsExactly(inFlight);
        assertThat(delivered).containsAll(nodes.transitions()).hasSize(nodes.transitions().size() + 1);
        LOG.info("Failover: the standby delivered its first change {} ms after the leader was killed; {} changes"
                 + " delivered, 1 twice (the exchange in flight)",
                takeover, delivered.size());
    }
}
