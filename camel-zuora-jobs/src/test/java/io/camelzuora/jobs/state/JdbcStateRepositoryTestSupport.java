package io.camelzuora.jobs.state;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a {@link JdbcStateRepository} promises, on the database of each subclass. */
abstract class JdbcStateRepositoryTestSupport {

    /** Each write borrows a connection, and PostgreSQL starts a process for each new one: a few keys suffice. */
    private static final int KEYS_PER_THREAD = 3;

    private final List<JdbcStateRepository> started = new ArrayList<>();

    /** A database no other test method uses. */
    protected abstract DataSource dataSource() throws Exception;

    protected JdbcStateRepository start(DataSource dataSource, String table) {
        JdbcStateRepository repository = new JdbcStateRepository(dataSource, table);
        repository.start();
        started.add(repository);
        return repository;
    }

    @AfterEach
    void stopRepositories() {
        started.forEach(JdbcStateRepository::stop);
    }

    @Test
    void storesReadsAndOverwritesValuesInATableItCreates() throws Exception {
        DataSource dataSource = dataSource();
        JdbcStateRepository repository = start(dataSource, JdbcStateRepository.DEFAULT_TABLE_NAME);

        assertThat(repository.getState("8ad0823f")).isNull();
        repository.setState("8ad0823f", "PENDING");
        repository.setState("zuora-jobs.discovery", "2026-11-29T06:00:00Z");
        repository.setState("8ad0823f", "COMPLETED");
        repository.setState("nothing", null);

        assertThat(repository.getState("8ad0823f")).isEqualTo("COMPLETED");
        assertThat(repository.getState("zuora-jobs.discovery")).isEqualTo("2026-11-29T06:00:00Z");
        assertThat(repository.getState("nothing")).isNull();
        assertThat(rowCount(dataSource, JdbcStateRepository.DEFAULT_TABLE_NAME))
                .as("one row per key, and the generation's").isEqualTo(4);
    }

    @Test
    void aRestartedRepositoryReadsWhatTheLastOneWroteAndTakesTheNextGeneration() throws Exception {
        DataSource dataSource = dataSource();
        JdbcStateRepository first = start(dataSource, "restart_state");
        for (int i = 0; i < 20; i++) {
            first.setState("job-" + i, "status-" + i);
        }
        first.stop();

        JdbcStateRepository second = start(dataSource, "restart_state");
        assertThat(second.getGeneration()).isGreaterThan(first.getGeneration());
        for (int i = 0; i < 20; i++) {
            assertThat(second.getState("job-" + i)).isEqualTo("status-" + i);
        }
        second.setState("job-0", "COMPLETED");
        assertThat(second.getState("job-0")).isEqualTo("COMPLETED");
    }

    @Test
    void sixtyFourThreadsWriteTheirOwnKeysAtOnce() throws Exception {
        JdbcStateRepository repository = start(dataSource(), "concurrent_state");
        ExecutorService threads = Executors.newFixedThreadPool(64);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int thread = 0; thread < 64; thread++) {
                int t = thread;
                writers.add(() -> {
                    for (int i = 0; i < KEYS_PER_THREAD; i++) {
                        repository.setState("job-" + t + "-" + i, "IN_PROGRESS");
                        repository.setState("job-" + t + "-" + i, "COMPLETED-" + t + "-" + i);
                    }
                    return null;
                });
            }
            for (Future<Void> writer : threads.invokeAll(writers)) {
                writer.get();
            }
        } finally {
            threads.shutdown();
            assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        for (int t = 0; t < 64; t++) {
            for (int i = 0; i < KEYS_PER_THREAD; i++) {
                assertThat(repository.getState("job-" + t + "-" + i)).isEqualTo("COMPLETED-" + t + "-" + i);
            }
        }
    }

    @Test
    void aNodeThatStartedLaterFencesOutTheWritesOfTheOneBefore() throws Exception {
        DataSource dataSource = dataSource();
        JdbcStateRepository deposed = start(dataSource, "fenced_state");
        deposed.setState("job-1", "PENDING");
        deposed.setState("job-2", "PENDING");

        JdbcStateRepository leader = start(dataSource, "fenced_state");
        leader.setState("job-1", "COMPLETED");

        assertThatThrownBy(() -> deposed.setState("job-2", "IN_PROGRESS"))
                .as("a row the new leader has only claimed, not written")
                .isInstanceOf(FencedWriteException.class)
                .hasMessageContaining("job-2").hasMessageContaining("fenced_state")
                .hasMessageContaining("generation " + leader.getGeneration());
        assertThatThrownBy(() -> deposed.setState("job-1", "FAILED"))
                .isInstanceOf(FencedWriteException.class);
        assertThatThrownBy(() -> deposed.setState("job-3", "PENDING"))
                .as("once refused, a deposed node writes nothing until it restarts")
                .isInstanceOf(FencedWriteException.class);

        assertThat(leader.getState("job-1")).isEqualTo("COMPLETED");
        assertThat(leader.getState("job-2")).isEqualTo("PENDING");
        assertThat(leader.getState("job-3")).isNull();
        leader.setState("job-2", "COMPLETED");
        assertThat(deposed.getState("job-2")).as("a deposed node still reads").isEqualTo("COMPLETED");

        deposed.stop();
        deposed.start();
        deposed.setState("job-3", "PENDING");
        assertThatThrownBy(() -> leader.setState("job-3", "COMPLETED"))
                .as("restarted, the old node is the newest and fences the other out")
                .isInstanceOf(FencedWriteException.class);
    }

    @Test
    void aKeyInsertedByAnOlderNodeCanBeTakenOverByANewerOne() throws Exception {
        DataSource dataSource = dataSource();
        JdbcStateRepository older = start(dataSource, "takeover_state");
        JdbcStateRepository newer = start(dataSource, "takeover_state");
        older.setState("job-9", "PENDING");

        newer.setState("job-9", "COMPLETED");

        assertThat(newer.getState("job-9")).isEqualTo("COMPLETED");
        assertThatThrownBy(() -> older.setState("job-9", "IN_PROGRESS")).isInstanceOf(FencedWriteException.class);
    }

    @Test
    void refusesATableNameThatIsNotAPlainIdentifier() throws Exception {
        JdbcStateRepository repository = new JdbcStateRepository(dataSource(), "state; DROP TABLE users");

        assertThatThrownBy(repository::start)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid tableName 'state; DROP TABLE users'")
                .hasMessageContaining("letters, digits and underscores");
    }

    @Test
    void withoutCreateTableAMissingTableFailsTheStartNamingIt() throws Exception {
        JdbcStateRepository repository = new JdbcStateRepository(dataSource(), "missing_state");
        repository.setCreateTable(false);

        assertThatThrownBy(repository::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing_state").hasMessageContaining("createTable is off");
    }

    @Test
    void refusesKeysAndValuesTheTableCannotHold() throws Exception {
        JdbcStateRepository repository = start(dataSource(), "checked_state");

        assertThatThrownBy(() -> repository.setState("", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid state key ''");
        assertThatThrownBy(() -> repository.setState("k".repeat(256), "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 255 characters");
        assertThatThrownBy(() -> repository.setState(JdbcStateRepository.GENERATION_KEY, "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reserved");
        assertThatThrownBy(() -> repository.setState("job", "v".repeat(4001)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4001 characters");
        repository.setState("job", "v".repeat(4000));
        assertThat(repository.getState("job")).hasSize(4000);
    }

    private static int rowCount(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
