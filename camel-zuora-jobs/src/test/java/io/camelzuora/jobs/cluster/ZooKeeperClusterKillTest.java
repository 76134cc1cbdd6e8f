package io.camelzuora.jobs.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.camelzuora.jobs.internal.consumer.ChildJvms;
import io.camelzuora.jobs.internal.consumer.WatchNodes;
import io.camelzuora.jobs.state.SharedPostgres;
import io.camelzuora.simulator.ZuoraSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two JVMs run the watch under {@code master:} on a three-server ZooKeeper ensemble, their state in PostgreSQL. The
 * leader is killed (SIGKILL) with an exchange in flight: once its session times out, the other takes over from the
 * database and delivers every change the simulator made, only the one in flight twice.
 */
@Timeout(120)
class ZooKeeperClusterKillTest {

    private static final Logger LOG = LoggerFactory.getLogger(ZooKeeperClusterKillTest.class);
    /** The shortest ZooKeeper allows with its default tick (twice the tick of 2 s). */
    private static final Duration SESSION_TIMEOUT = Duration.ofSeconds(4);

    /** Kept when the test fails: the nodes' consoles ({@code <node>.log}) tell what happened. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path directory;

    private final ZuoraSimulator simulator = new ZuoraSimulator();
    private ZooKeeperEnsemble ensemble;
    private WatchNodes nodes;

    @BeforeEach
    void start() throws Exception {
        simulator.start();
        simulator.timings(Duration.ofSeconds(1), Duration.ofSeconds(1)).maxActiveJobs(100);
        ensemble = new ZooKeeperEnsemble();
        nodes = new WatchNodes(simulator, directory);
    }

    @AfterEach
    void stop() throws Exception {
        nodes.close();
        ensemble.close();
        simulator.close();
    }

    @Test
    void whenTheLeadingJvmIsKilledTheOtherTakesOverFromTheDatabaseWithoutLoss() throws Exception {
        for (int i = 0; i < 20; i++) {
            simulator.createJob("passenger", "delete");
        }
        String[] cluster = {
                "zookeeper=" + ensemble.connectString(), "sessionTimeout=" + SESSION_TIMEOUT.toMillis(),
                "jdbcUrl=" + SharedPostgres.jdbcUrl(SharedPostgres.newDatabase()) };
        Process leader = nodes.startLeaderAndStandby(ZooKeeperWatchNode.class, cluster);
        String inFlight = nodes.inFlight();
        long killed = System.nanoTime();
        ChildJvms.kill(leader);
        await().atMost(WatchNodes.PATIENCE.plus(SESSION_TIMEOUT))
                .until(() -> !WatchNodes.lines(nodes.output("standby")).isEmpty());
        long takeover = (System.nanoTime() - killed) / 1_000_000;
        nodes.awaitLines("standby", 16);
        assertThat(WatchNodes.lines(nodes.output("standby"))).contains(inFlight);
        simulator.clock().advance(Duration.ofSeconds(1));
        simulator.clock().advance(Duration.ofSeconds(1));
        await().atMost(WatchNodes.PATIENCE).until(() -> nodes.delivered().containsAll(nodes.transitions()));

        List<String> twice = new ArrayList<>(nodes.delivered());
        nodes.transitions().forEach(twice::remove);
        assertThat(twice).containsExactly(inFlight);
        assertThat(nodes.delivered()).hasSize(nodes.transitions().size() + 1);
        LOG.info("ZooKeeper failover after SIGKILL: the standby delivered its first change {} ms after the leader was"
                 + " killed (session timeout {} ms)",
                takeover, SESSION_TIMEOUT.toMillis());
    }
}
