package io.camelzuora.jobs.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.KillSession;
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

    private ZooKeeperEnsemble ensemble;

    @BeforeEach
    void startEnsemble() throws Exception {
        ensemble = new ZooKeeperEnsemble();
    }

    @AfterEach
    void stopEnsemble() throws Exception {
        closeNodes();
        ensemble.close();
    }

    @Test
    void whenTheLeadersSessionExpiresTheOtherTakesOverAndTheOldLeadersLateWriteIsRefused() throws Throwable {
        ZooKeeperClusterService leaderCluster = ensemble.clusterService("leader", ensemble.connectString());
        PausedLeader nodes = startPausedLeader(
                "leader", leaderCluster, "standby", ensemble.clusterService("standby", ensemble.connectString()));

        long takeover = failOver(nodes, ZooKeeperEnsemble.SESSION_TIMEOUT,
                () -> KillSession.kill(leaderCluster.getCuratorFramework().getZookeeperClient().getZooKeeper()));
        LOG.info("ZooKeeper failover: the standby delivered its first change {} ms after the leader's session expired",
                takeover);
    }

    @Test
    void losingOneServerChangesNothingAndLosingQuorumStopsTheWatchOnEveryNodeUntilItReturns() throws Exception {
        InstanceSpec leading = await().atMost(PATIENCE).until(ensemble::leadingServer, Objects::nonNull);
        List<InstanceSpec> followers = new ArrayList<>(ensemble.servers());
        followers.remove(leading);
        // the nodes know the leading server and one follower: losing the other follower must change nothing
        String connectString = ZooKeeperEnsemble.connectString(List.of(leading, followers.get(0)));
        WatchClusterNode first = startNode("first", ensemble.clusterService("first", connectString), 0);
        await().atMost(PATIENCE).until(first::isLeader);
        // both nodes' election checks see them in the election long before it is lost (a check every 100 ms)
        WatchClusterNode second = startNode("second", ensemble.clusterService("second", connectString), 0);
        awaitLines(first, JOBS);
        await().atMost(PATIENCE).until(second::isInElection);

        ensemble.kill(followers.get(1));
        simulator.clock().advance(Duration.ofSeconds(1));
        await().atMost(PATIENCE).until(() -> first.lines().containsAll(transitions()));
        assertThat(first.isLeader()).isTrue();
        assertThat(second.lines()).isEmpty();

        ensemble.kill(followers.get(0));
        await().atMost(PATIENCE).until(() -> !first.isLeader() && !second.isLeader());
        awaitNoRequestsFor(Duration.ofMillis(500));
        int deliveredBeforeQuorumReturns = first.lines().size();
        simulator.clock().advance(Duration.ofSeconds(1));

        ensemble.restart(followers.get(0));
        ensemble.restart(followers.get(1));
        // camel-zookeeper left the election on both nodes when it lost the quorum: the watch's election check rejoins
        await().atMost(PATIENCE).until(() -> first.isInElection() && second.isInElection());
        assertThat(first.isLeader() ^ second.isLeader()).as("one leader").isTrue();
        finishAllJobs();
        awaitEveryChange(first, second);
        assertThat(first.isLeader() && second.isLeader()).as("never two leaders").isFalse();
        List<String> delivered = new ArrayList<>(first.lines());
        delivered.addAll(second.lines());
        assertThat(delivered).as("every change exactly once").hasSameSizeAs(transitions())
                .containsExactlyInAnyOrderElementsOf(transitions());
        LOG.info("Quorum returned: {} changes delivered before, {} after", deliveredBeforeQuorumReturns,
                delivered.size() - deliveredBeforeQuorumReturns);
    }
}
