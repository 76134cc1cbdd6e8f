package io.camelzuora.jobs.internal.consumer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.camelzuora.jobs.state.StateFiles;
import io.camelzuora.simulator.StatusTransition;
import io.camelzuora.simulator.ZuoraSimulator;

import static org.awaitility.Awaitility.await;

/**
 * {@link WatchNode} applications in JVMs of their own, watching one simulator and sharing one state file, and what they
 * delivered: each node's output file holds its changes as {@code <jobId> <previous>><status>} lines.
 */
public final class WatchNodes implements AutoCloseable {

    public static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int IN_FLIGHT = 25;

    private final ChildJvms jvms = new ChildJvms();
    private final ZuoraSimulator simulator;
    private final Path directory;
    private final List<Path> outputs = new ArrayList<>();

    public WatchNodes(ZuoraSimulator simulator, Path directory) {
        this.simulator = simulator;
        this.directory = directory;
    }

    Path stateFile() {
        return directory.resolve("watch.state");
    }

    /** Starts node {@code name} with extra {@code name=value} arguments, and waits until its Camel context runs. */
    public Process start(String name, String... arguments) throws IOException {
        return start(WatchNode.class, name, arguments);
    }

    /** Starts node {@code name} as the program {@code main} (one that runs {@link WatchNode#run}). */
    public Process start(Class<?> main, String name, String... arguments) throws IOException {
        Path output = output(name);
        Files.createFile(output);
        outputs.add(output);
        List<String> args = new ArrayList<>(
                List.of("baseUrl=" + simulator.baseUrl(), "state=" + stateFile(),
                        "output=" + output, "node=" + name));
        args.addAll(List.of(arguments));
        Path console = directory.resolve(name + ".log");
        Process process = jvms.start(main, console, args.toArray(String[]::new));
        await().atMost(PATIENCE)
                .until(() -> !process.isAlive() || Files.readString(console).contains(WatchNode.STARTED));
        if (!process.isAlive()) {
            throw new IllegalStateException("Node " + name + " ended: " + Files.readString(console));
        }
        return process;
    }

    /**
     * Starts node {@code leader}, which delivers the first status of every job and then holds its 25th change in
     * flight, and node {@code standby} beside it, both as the program {@code main}; returns the leader and checks that
     * the standby has not polled.
     */
    public Process startLeaderAndStandby(Class<?> main, String... arguments) throws IOException {
        List<String> leaderArguments = new ArrayList<>(List.of(arguments));
        leaderArguments.add("hangAfter=" + IN_FLIGHT);
        Process leader = start(main, "leader", leaderArguments.toArray(String[]::new));
        awaitLines("leader", simulator.jobs().size());
        start(main, "standby", arguments);
        simulator.clock().advance(Duration.ofSeconds(1));
        awaitLines("leader", IN_FLIGHT);
        if (!lines(output("standby")).isEmpty()) {
            throw new AssertionError("The standby polled while the leader ran: " + lines(output("standby")));
        }
        return leader;
    }

    /** The change the leader of {@link #startLeaderAndStandby} holds in flight. */
    public String inFlight() throws IOException {
        return lines(output("leader")).get(IN_FLIGHT - 1);
    }

    public Path output(String name) {
        return directory.resolve(name + ".out");
    }

    public static List<String> lines(Path output) throws IOException {
        return Files.readAllLines(output);
    }

    /** Waits until node {@code name} has delivered {@code count} changes in all. */
    public void awaitLines(String name, int count) {
        await().atMost(PATIENCE).until(() -> lines(output(name)).size() >= count);
    }

    /** Every line every node delivered, node by node in the order they were started. */
    public List<String> delivered() throws IOException {
        List<String> all = new ArrayList<>();
        for (Path output : outputs) {
            all.addAll(lines(output));
        }
        return all;
    }

    /** The simulator's ground truth in the nodes' line format: every status change of every job, once. */
    public List<String> transitions() {
        return transitions(simulator);
    }

    /** Every status change of every job of {@code simulator}, once, in the nodes' line format. */
    public static List<String> transitions(ZuoraSimulator simulator) {
        return simulator.transitions().stream().map(WatchNodes::line).toList();
    }

    private static String line(StatusTransition transition) {
        return transition.jobId() + ' ' + (transition.from() == null ? "" : transition.from()) + '>' + transition.to();
    }

    /** The state file as a restarted watch would read it. */
    StateFiles.Read state() throws IOException {
        return StateFiles.read(stateFile());
    }

    /** The status each job has in the state file. */
    Map<String, String> storedStatuses() throws IOException {
        Map<String, String> statuses = new TreeMap<>();
        state().entries().forEach((key, value) -> {
            if (!key.equals(WatchState.DISCOVERY_KEY)) {
                statuses.put(key, TrackedJob.decode(key, value).status());
            }
        });
        return statuses;
    }

    @Override
    public void close() throws InterruptedException {
        jvms.close();
    }
}
