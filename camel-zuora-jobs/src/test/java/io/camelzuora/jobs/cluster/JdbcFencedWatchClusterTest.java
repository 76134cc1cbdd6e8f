package io.camelzuora.jobs.cluster;

import java.nio.file.Path;
import java.time.Duration;

import io.camelzuora.jobs.state.JdbcStateRepository;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A leader that never learns it was deposed (its cluster service, a lock of its own, keeps telling it that it leads, as
 * a pod cut off from the API server while it stays Ready would be told) while another node starts the watch on the same
 * state table: its next write is refused, and from then on its watch neither emits nor sends a request.
 */
@Timeout(60)
class JdbcFencedWatchClusterTest extends ClusterTestSupport {

    @TempDir
    Path lockDirectory;

    @Test
    void aDeposedLeaderThatStillBelievesItLeadsStopsAtItsFirstRefusedWrite() throws Exception {
        FileLockClusterService ownLock = new FileLockClusterService();
        ownLock.setId("cut-off");
        ownLock.setRoot(lockDirectory.toString());
        WatchClusterNode cutOff = startNode("cut-off", ownLock, 0);
        awaitLines(cutOff, JOBS);

        JdbcStateRepository newLeader = new JdbcStateRepository(database);
        newLeader.start();
        simulator.clock().advance(Duration.ofSeconds(1));

        await().atMost(PATIENCE).until(() -> cutOff.repository().isFenced());
        awaitNoRequestsFor(Duration.ofMillis(500));
        assertThat(cutOff.lines()).as("one exchange went out before its write was refused").hasSize(JOBS + 1);
        assertThat(cutOff.isLeader()).as("it still believes it leads").isTrue();
        assertEveryRowAtTheGenerationOf(newLeader.getGeneration());
        newLeader.stop();
    }
}
