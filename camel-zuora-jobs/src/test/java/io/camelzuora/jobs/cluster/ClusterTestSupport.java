package io.camelzuora.jobs.cluster;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.camelzuora.jobs.internal.consumer.WatchNodes;
import io.camelzuora.jobs.state.JdbcStateRepository;
import io.camelzuora.jobs.state.SharedPostgres;
import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.cluster.CamelClusterService;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A simulator with 20 jobs, a fresh PostgreSQL database for the watch's state, and the application nodes of a test
 * (closed after it).
 */
abstract class ClusterTestSupport {

    static final Duration PATIENCE = WatchNodes.PATIENCE;
    static final int JOBS = 20;
    /** The change a paused leader stands still at: the fifth after the first 20. */
    static final int IN_FLIGHT = 25;

    protected final ZuoraSimulator simulator = new ZuoraSimulator();
    protected DataSource database;
    private final List<WatchClusterNode> nodes = new ArrayList<>();

    @BeforeEach
    void startSimulatorAndDatabase() {
        simulator.start();
        simulator.timings(Duration.ofSeconds(1), Duration.ofSeconds(1)).maxActiveJobs(100);
        for (int i = 0; i < JOBS; i++) {
            simulator.createJob("passenger", "delete");
        }
        database = SharedPostgres.dataSource(SharedPostgres.newDatabase());
    }

    @AfterEach
    void stopAll() {
        closeNodes();
        simulator.close();
    }

    /** Stops every node the test started (before the cluster engine they use, in an {@code @AfterEach}). */
    protected void closeNodes() {
        nodes.forEach(WatchClusterNode::close);
        nodes.clear();
    }

    /** Starts a node whose exchange recording line {@code hangAt} stays in flight (0: none). */
    protected WatchClusterNode startNode(String name, CamelClusterService cluster, int hangAt) throws Exception {
        WatchClusterNode node = new WatchClusterNode(name, simulator, database, cluster, hangAt);
        nodes.add(node);
        return node.start();
    }

    /**
     * Starts a leader, which stands still at its change {@value #IN_FLIGHT} like a JVM paused whole, then a standby,
     * and returns them once the leader is paused with that exchange in flight.
     */
    protected PausedLeader startPausedLeader(
            String leaderName, CamelClusterService leaderCluster, String standbyName,
            CamelClusterService standbyCluster)
            throws Exception {
        WatchClusterNode leader = startNode(leaderName, leaderCluster, IN_FLIGHT);
        awaitLines(leader, JOBS);
        WatchClusterNode standby = startNode(standbyName, standbyCluster, 0);
        simulator.clock().advance(Duration.ofSeconds(1));
        awaitLines(leader, IN_FLIGHT);
        assertThat(standby.lines()).as("the standby does not poll").isEmpty();
        return new PausedLeader(leader, standby);
    }

    /**
     * Takes the paused leader down with {@code takeDown} and asserts the failover: the standby delivers within
     * {@code takeover}, the exchange in flight again among the rest; the old leader, woken up, completes that exchange
     * and its write is refused; every change is delivered, only that one twice, and every row is the new leader's.
     * Returns how long after {@code takeDown} the standby delivered its first change, in milliseconds.
     */
    protected long failOver(PausedLeader nodes, Duration takeover, ThrowingRunnable takeDown) throws Throwable {
        WatchClusterNode leader = nodes.leader();
        WatchClusterNode standby = nodes.standby();
        String inFlight = leader.lines().get(IN_FLIGHT - 1);
        long down = System.nanoTime();
        takeDown.run();
        await().atMost(takeover).until(() -> !standby.lines().isEmpty());
        long firstChange = (System.nanoTime() - down) / 1_000_000;
        awaitLines(standby, 16);
        assertThat(standby.lines()).as("the exchange in flight is delivered again").contains(inFlight);

        leader.release();
        await().atMost(PATIENCE).until(() -> leader.repository().isFenced());
        leader.close();

        finishAllJobs();
        awaitEveryChange(leader, standby);
        assertEveryChangeOnceExcept(inFlight, leader, standby);
        assertEveryRowAtTheGenerationOf(standby);
        return firstChange;
    }

    /** A leader paused with an exchange in flight, and the standby that is to take over. */
    protected record PausedLeader(WatchClusterNode leader, WatchClusterNode standby) {
    }

    protected static void awaitLines(WatchClusterNode node, int count) {
        await().atMost(PATIENCE).until(() -> node.lines().size() >= count);
    }

    /** Waits until no node sends Zuora a request for {@code quiet}, while a leader would poll every 100 ms. */
    protected void awaitNoRequestsFor(Duration quiet) {
        AtomicLong seen = new AtomicLong(-1);
        await().atMost(PATIENCE).pollInterval(quiet).until(() -> {
            long now = simulator.requests().size();
            return seen.getAndSet(now) == now;
        });
    }

    /** Lets the simulator's clock run until every job has finished. */
    protected void finishAllJobs() {
        simulator.clock().advance(Duration.ofSeconds(1));
        simulator.clock().advance(Duration.ofSeconds(1));
        simulator.clock().advance(Duration.ofSeconds(1));
    }

    /** Waits until the nodes together delivered every change the simulator made. */
    protected void awaitEveryChange(WatchClusterNode... nodes) {
        await().atMost(PATIENCE).until(() -> delivered(nodes).containsAll(transitions()));
    }

    private static List<String> delivered(WatchClusterNode... nodes) {
        List<String> delivered = new ArrayList<>();
        for (WatchClusterNode node : nodes) {
            delivered.addAll(node.lines());
        }
        return delivered;
    }

    /**
     * Asserts that every row of the state table is at the generation of {@code node}: the old leader wrote nothing
     * after the new one started, so no change delivered by the new leader was rolled back.
     */
    protected void assertEveryRowAtTheGenerationOf(WatchClusterNode node) throws SQLException {
        assertEveryRowAtTheGenerationOf(node.repository().getGeneration());
    }

    /** Asserts that every row of the state table is at {@code generation}. */
    protected void assertEveryRowAtTheGenerationOf(long generation) throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT state_key, state_version FROM "
                                                     + JdbcStateRepository.DEFAULT_TABLE_NAME)) {
            while (rows.next()) {
                versions.put(rows.getString(1), rows.getLong(2));
            }
        }
        assertThat(versions).hasSizeGreaterThan(JOBS).allSatisfy(
                (key, version) -> assertThat(version).as(key).isEqualTo(generation));
    }

    /** The simulator's ground truth in the nodes' line format: every status change of every job, once. */
    protected List<String> transitions() {
        return WatchNodes.transitions(simulator);
    }

    /**
     * Asserts that the nodes together delivered every change the simulator made, and only {@code inFlight} twice: the
     * exchange that was in flight when its leader went down, delivered again by the next leader.
     */
    protected void assertEveryChangeOnceExcept(String inFlight, WatchClusterNode... nodes) {
        List<String> delivered = delivered(nodes);
        List<String> twice = new ArrayList<>(delivered);
        transitions().forEach(twice::remove);
        assertThat(twice).containsExactly(inFlight);
        assertThat(delivered).containsAll(transitions()).hasSize(transitions().size() + 1);
    }
}
