package io.camelzuora.jobs.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.component.zookeeper.ZooKeeperCuratorConfiguration;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.apache.curator.test.KillSession;
import org.apache.curator.test.TestingCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes run the watch under {@code master:} over camel-zookeeper's cluster service, on a real three-server
 * ZooKeeper ensemble, with their state in PostgreSQL through a {@code JdbcStateRepository}.
 */
@Timeout(120)
class ZooKeeperClusterFailoverTest extends ClusterTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(ZooKeeperClusterFailoverTest.class);
    static final Duration SESSION_TIMEOUT = Duration.ofSeconds(8);

    private TestingCluster ensemble;
    private final List<CuratorFramework> clients = new ArrayList<>();

    @BeforeEach
    void startEnsemble() throws Exception {
        ensemble = ZooKeeperEnsemble.start();
    }

    @AfterEach
    void stopEnsemble() throws Exception {
        closeNodes();
        clients.forEach(CuratorFramework::close);
        ensemble.close();
    }

    /**
     * The cluster service of a node, on a client of the test's own (so that the test can expire its session); it is
     * configured as the service would configure its own from {@code nodes}, {@code sessionTimeout} and
     * {@code connectTimeout}.
     */
    private ZooKeeperClusterService zooKeeper(String id) {
        CuratorFramework client = CuratorFrameworkFactory.builder().connectString(ensemble.getConnectString())
                .sessionTimeoutMs((int) SESSION_TIMEOUT.toMillis()).connectionTimeoutMs(2000)
                .retryPolicy(new ExponentialBackoffRetry(100, 10, 1000)).build();
        client.start();
        clients.add(client);
        ZooKeeperClusterService service = new ZooKeeperClusterService(new ZooKeeperCuratorConfiguration());
        service.setId(id);
        service.setCuratorFramework(client);
        service.setBasePath("/camel/zuora-jobs");
        return service;
    }

    @Test
    void whenTheLeadersSessionExpiresTheOtherTakesOverAndTheOldLeadersLateWriteIsRefused() throws Exception {
        ZooKeeperClusterService leaderCluster = zooKeeper("leader");
        WatchClusterNode leader = startNode("leader", leaderCluster, 25);
        awaitLines(leader, JOBS);
        WatchClusterNode standby = startNode("standby", zooKeeper("standby"), 0);
        simulator.clock().advance(Duration.ofSeconds(1));
        awaitLines(leader, 25);
        assertThat(standby.lines()).as("the standby does not poll").isEmpty();
        String inFlight = leader.lines().get(24);

        long expired = System.nanoTime();
        KillSession.kill(leaderCluster.getCuratorFramework().getZookeeperClient().getZooKeeper());
        await().atMost(SESSION_TIMEOUT).until(() -> !standby.lines().isEmpty());
        long takeover = (System.nanoTime() - expired) / 1_000_000;
        awaitLines(standby, 16);
        assertThat(standby.lines()).as("the exchange in flight is delivered again").contains(inFlight);

        leader.release();
        await().atMost(PATIENCE).until(() -> leader.repository().isFenced());
        leader.close();

        finishAllJobs();
        awaitEveryChange(leader, standby);
        assertEveryChangeOnceExcept(inFlight, leader, standby);
        LOG.info("ZooKeeper failover: the standby delivered its first change {} ms after the leader's session expired",
                takeover);
    }
}
