package io.camelzuora.jobs.internal.consumer;

import java.nio.file.Path;
import java.time.Duration;

import io.camelzuora.simulator.ZuoraSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/** A simulator in this JVM, watcher nodes in child JVMs, and a directory for their state and output files. */
abstract class WatchNodesTestSupport {

    /** Kept when the test fails: the nodes' consoles ({@code <node>.log}) tell what happened. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path directory;

    protected final ZuoraSimulator simulator = new ZuoraSimulator();
    protected WatchNodes nodes;

    @BeforeEach
    void startSimulator() {
        simulator.start();
        simulator.timings(Duration.ofSeconds(1), Duration.ofSeconds(1)).maxActiveJobs(100);
        nodes = new WatchNodes(simulator, directory);
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        nodes.close();
        simulator.close();
    }
}
