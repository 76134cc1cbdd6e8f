package io.camelzuora.jobs.internal.consumer;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** State in a {@link FileStateRepository} carries the watch over a restart: every change is emitted exactly once. */
class RestartWatchTest extends WatchTestSupport {

    @TempDir
    Path directory;

    private final List<String> ids = new ArrayList<>();
    /** What earlier runs of the route received: the mock endpoint goes away with the removed route. */
    private final List<String> delivered = new ArrayList<>();

    private String submit(String operation) {
        String id = simulator.createJob("passenger", operation).id();
        ids.add(id);
        return id;
    }

    /** Starts the watch with a new repository instance on the same file, as a restarted application would. */
    private void startWithFreshRepository(String options) throws Exception {
        File file = directory.resolve("watch-state.dat").toFile();
        context.getRegistry().bind("state", FileStateRepository.fileStateRepository(file));
        startWatch(watchUri("stateRepository=#state" + options));
    }

    private void restart(String options) throws Exception {
        context.getRouteController().stopRoute(ROUTE_ID);
        remove();
        startWithFreshRepository(options);
    }

    private void remove() throws Exception {
        delivered.addAll(received(ids));
        context.removeRoute(ROUTE_ID);
    }

    private List<String> allReceived() {
        List<String> all = new ArrayList<>(delivered);
        all.addAll(received(ids));
        return all;
    }

    @Test
    void discoveryEmitsEachChangeOnceAcrossARestart() throws Exception {
        simulator.seedHistory(200, 5);
        String delete = submit("delete");
        String create = submit("create");
        startWithFreshRepository("");
        assertThat(poll()).isEqualTo(2);
        simulator.clock().advance(Duration.ofSeconds(3));
        assertThat(poll()).isEqualTo(1);

        context.getRouteController().stopRoute(ROUTE_ID);
        simulator.scheduleStatus(create, Duration.ofSeconds(1), "in_progress");
        simulator.clock().advance(Duration.ofSeconds(2));
        String whileDown = submit("create");
        String quick = submit("delete");
        simulator.clock().advance(Duration.ofSeconds(10));
        String afterwards = submit("update");
        remove();
        startWithFreshRepository("");

        assertThat(poll()).isEqualTo(5);
        assertThat(poll()).isZero();
        restart("");
        assertThat(poll()).isZero();

        assertThat(allReceived()).containsExactly("1:>accepted", "2:>pending", "1:accepted>in_progress",
                "3:>pending", "4:>completed", "5:>pending", "1:in_progress>completed", "2:pending>completed");
        assertThat(List.of(delete, whileDown, quick, afterwards)).doesNotContainNull();
    }

    @Test
    void jobIdsModeDoesNotRequestFinishedJobsAfterARestart() throws Exception {
        String first = submit("delete");
        String second = submit("create");
        simulator.scheduleStatus(first, Duration.ofSeconds(1), "cancelled");
        startWithFreshRepository("&jobIds=" + first + "," + second);
        assertThat(poll()).isEqualTo(2);
        simulator.clock().advance(Duration.ofSeconds(1));
        assertThat(poll()).isEqualTo(1);

        context.getRouteController().stopRoute(ROUTE_ID);
        simulator.scheduleStatus(second, Duration.ofSeconds(1), "cancelled");
        simulator.clock().advance(Duration.ofSeconds(1));
        restart("&jobIds=" + first + "," + second);
        simulator.clearRequests();
        assertThat(poll()).isEqualTo(1);
        assertThat(simulator.requestCount("GET", "/objects/jobs/" + first)).isZero();

        assertThat(allReceived()).containsExactly("1:>accepted", "2:>pending", "1:accepted>cancelled",
                "2:pending>cancelled");
    }
}
