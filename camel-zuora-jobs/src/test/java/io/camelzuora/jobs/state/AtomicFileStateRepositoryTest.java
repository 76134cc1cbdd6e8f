package io.camelzuora.jobs.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.camelzuora.jobs.internal.consumer.ChildJvms;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class AtomicFileStateRepositoryTest {

    private static final Logger LOG = LoggerFactory.getLogger(AtomicFileStateRepositoryTest.class);

    @TempDir
    Path directory;

    private final ChildJvms children = new ChildJvms();

    @AfterEach
    void killChildren() throws InterruptedException {
        children.close();
    }

    private Path stateFile() {
        return directory.resolve("state").resolve("watch.state");
    }

    private AtomicFileStateRepository started() {
        AtomicFileStateRepository repository = new AtomicFileStateRepository(stateFile().toFile());
        ServiceHelper.startService(repository);
        return repository;
    }

    private StateFileFormat.Contents contents() throws IOException {
        return StateFileFormat.parse(Files.readAllBytes(stateFile()));
    }

    @Test
    void theLastValueOfEachKeySurvivesARestart() {
        AtomicFileStateRepository repository = started();
        repository.setState("job-1", "pending|1|");
        repository.setState("job-2", "accepted|2|");
        repository.setState("job-1", "in_progress|1|");
        repository.setState("zuora-jobs.discovery", "id|5|a,b=c");
        ServiceHelper.stopService(repository);

        AtomicFileStateRepository restarted = started();
        assertThat(restarted.getState("job-1")).isEqualTo("in_progress|1|");
        assertThat(restarted.getState("job-2")).isEqualTo("accepted|2|");
        assertThat(restarted.getState("zuora-jobs.discovery")).isEqualTo("id|5|a,b=c");
        assertThat(restarted.getState("job-3")).isNull();
    }

    @Test
    void aLineCutShortOrCorruptedIsSkippedAndTheFileRewrittenClean() throws IOException {
        AtomicFileStateRepository repository = started();
        repository.setState("job-1", "pending|1|");
        repository.setState("job-2", "pending|2|");
        repository.setState("job-2", "completed|2|");
        // a process killed while appending leaves part of its last line, as a crash would
        byte[] next = StateFileFormat.encode("job-1", "completed|1|");
        Files.write(stateFile(), List.of(new String(
                StateFileFormat.encode("job-3", "pending|3|"),
                StandardCharsets.UTF_8).replace("pending", "pendinG").trim()), StandardOpenOption.APPEND);
        Files.write(stateFile(), Arrays.copyOf(next, next.length - 4), StandardOpenOption.APPEND);
        assertThat(contents().damagedLines()).isEqualTo(1);
        assertThat(contents().tornTail()).isTrue();

        AtomicFileStateRepository restarted = started();
        assertThat(restarted.getState("job-1")).isEqualTo("pending|1|");
        assertThat(restarted.getState("job-2")).isEqualTo("completed|2|");
        assertThat(restarted.getState("job-3")).isNull();
        assertThat(contents().damaged()).isFalse();
        restarted.setState("job-1", "completed|1|");
        assertThat(contents().entries()).containsEntry("job-1", "completed|1|").hasSize(2);
    }

    @Test
    void aFailedRewriteLeavesTheFileAsItWas() throws IOException {
        AtomicFileStateRepository repository = started();
        repository.setState("job-1", "pending|1|");
        repository.setState("job-1", "completed|1|");
        byte[] before = Files.readAllBytes(stateFile());
        // the rewrite's temporary file cannot be created where a non-empty directory stands
        Path blocked = Files.createDirectories(stateFile().resolveSibling("watch.state.rewrite"));
        Files.writeString(blocked.resolve("occupied"), "x");

        assertThatThrownBy(() -> ServiceHelper.stopService(repository)).hasRootCauseInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(stateFile())).isEqualTo(before);
        Files.delete(blocked.resolve("occupied"));
        assertThat(started().getState("job-1")).isEqualTo("completed|1|");
    }

    @Test
    void manyChangesKeepTheFileCompact() throws IOException {
        AtomicFileStateRepository repository = started();
        int jobs = 10_000;
        long start = System.nanoTime();
        for (int round = 0; round < 10; round++) {
            for (int job = 0; job < jobs; job++) {
                repository.setState("2c92c0f8-job-" + job, "status-" + round + "|1767225600000|");
            }
        }
        LOG.info("100,000 changes over 10,000 keys took {} ms", (System.nanoTime() - start) / 1_000_000);
        long live = contents().entries().entrySet().stream()
                .mapToLong(entry -> StateFileFormat.encode(entry.getKey(), entry.getValue()).length).sum();
        assertThat(Files.size(stateFile())).isLessThanOrEqualTo(2 * live + 100);
        assertThat(contents().entries()).hasSize(jobs).containsEntry("2c92c0f8-job-9999", "status-9|1767225600000|");
    }

    @Test
    void keysAndValuesThatCannotBeStoredAreRefusedAndNamed() {
        AtomicFileStateRepository repository = started();
        assertThatThrownBy(() -> repository.setState("a=b", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a=b'");
        assertThatThrownBy(() -> repository.setState("", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> repository.setState("job", "a\nb")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'job'");
        assertThat(repository.getState("job")).isNull();
    }

    /**
     * A writer in another JVM is killed with SIGKILL again and again while it writes and rewrites the file: every time
     * the file reads back whole, each key holding a value written for it, and no write that had returned is lost.
     */
    @Test
    void killedWritersNeverLeaveTheFileCorruptNorLoseACompletedWrite() throws Exception {
        int keys = 2_000;
        Path console = directory.resolve("writer.log");
        long acknowledged = 0;
        int killedWhileRewriting = 0;
        int rounds = 6;
        for (int round = 0; round < rounds; round++) {
            Process writer = children.start(StateWriter.class, console, stateFile().toString(), Integer.toString(keys));
            long target = acknowledged + 20_000 + round * 7_000L;
            await().atMost(Duration.ofSeconds(30)).until(() -> lastAcknowledged(console) >= target);
            ChildJvms.kill(writer);
            acknowledged = lastAcknowledged(console);
            if (Files.exists(stateFile().resolveSibling("watch.state.rewrite"))) {
                killedWhileRewriting++;
            }

            Map<String, String> entries = contents().entries();
            assertThat(entries).hasSize(keys);
            long highest = 0;
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                long value = Long.parseLong(entry.getValue());
                assertThat("key-" + value % keys).isEqualTo(entry.getKey());
                highest = Math.max(highest, value);
            }
            assertThat(highest).isGreaterThanOrEqualTo(acknowledged);
        }
        LOG.info("{} writers killed, {} of them while rewriting the file; {} writes acknowledged", rounds,
                killedWhileRewriting, acknowledged);
    }

    private static long lastAcknowledged(Path console) throws IOException {
        if (!Files.exists(console)) {
            return 0;
        }
        List<String> lines = Files.readAllLines(console);
        long last = 0;
        for (String line : lines) {
            if (line.matches("\\d+")) {
                last = Math.max(last, Long.parseLong(line));
            }
        }
        return last;
    }

    @Test
    void aStateFileThatCannotBeReadAtAllIsMovedAsideAndNamedInAWarningNotEmptied() throws Exception {
        Files.createDirectories(stateFile().getParent());
        byte[] foreign = "this is not a state file\nnor is this line\n".getBytes(StandardCharsets.UTF_8);
        Files.write(stateFile(), foreign);

        AtomicFileStateRepository repository;
        try (io.camelzuora.jobs.LogCapture log = new io.camelzuora.jobs.LogCapture()) {
            repository = started();
            assertThat(log.text()).contains("WARN").contains("moved aside to")
                    .contains(stateFile().getFileName() + ".unreadable-");
        }

        try (var siblings = Files.list(stateFile().getParent())) {
            Path aside = siblings.filter(p -> p.getFileName().toString().contains(".unreadable-")).findFirst()
                    .orElseThrow();
            assertThat(Files.readAllBytes(aside)).isEqualTo(foreign);
        }
        assertThat(repository.getState("job-1")).isNull();
        repository.setState("job-1", "pending|1|");
        ServiceHelper.stopService(repository);
        assertThat(started().getState("job-1")).isEqualTo("pending|1|");
    }

    @Test
    void theTemporaryFileIsCreatedAnewAndNeverWrittenThroughALinkInItsPlace() throws Exception {
        Files.createDirectories(stateFile().getParent());
        Path victim = directory.resolve("victim.txt");
        Files.writeString(victim, "keep me");
        Path temporary = stateFile().resolveSibling(stateFile().getFileName() + ".rewrite");
        AtomicFileStateRepository repository = started();
        Files.createSymbolicLink(temporary, victim);

        repository.setState("job-1", "pending|1|");
        ServiceHelper.stopService(repository);

        assertThat(Files.readString(victim)).isEqualTo("keep me");
        assertThat(Files.isSymbolicLink(stateFile())).isFalse();
        assertThat(started().getState("job-1")).isEqualTo("pending|1|");
    }
}
