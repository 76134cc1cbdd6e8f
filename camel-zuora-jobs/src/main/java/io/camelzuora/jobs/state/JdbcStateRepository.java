package io.camelzuora.jobs.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.util.ObjectHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link StateRepository} in a database table, over any JDBC {@link DataSource}: the {@code stateRepository} of a
 * {@code zuora-jobs:watch} that runs on several nodes under {@code master:}, with its state in the database the
 * application already has. One row per key; the table is created at start when it is missing.
 * <p>
 * <b>Fenced writes.</b> Each start of the repository takes the next <em>generation</em> of the table (a number kept in
 * the row of key {@value #GENERATION_KEY}) and claims every row for it. A write succeeds only while its row has not
 * been claimed by a later generation; otherwise it throws {@link FencedWriteException} and the repository refuses every
 * later write until it is restarted. So when a new leader starts its watch, a deposed leader that has not noticed yet
 * (paused by a long garbage collection, or cut off from the cluster service) can no longer overwrite the state: its
 * next write fails, and with it its poll, instead of rolling the watch back.
 * <p>
 * Reads go to the database each time (the watch reads a key only the first time it meets a job, and keeps it in memory
 * afterwards); writes are single statements in auto-commit mode, so the repository can be used by many threads. Use one
 * table per watch: two repositories started on one table fence each other out.
 * <p>
 * The table it creates (PostgreSQL, MySQL, MariaDB, H2; {@code VARCHAR2}/{@code NUMBER(19)} on Oracle,
 * {@code NVARCHAR}/{@code BIGINT} on SQL Server):
 *
 * <pre>
 * CREATE TABLE zuora_jobs_watch_state (
 *     state_key     VARCHAR(255) NOT NULL PRIMARY KEY,
 *     state_value   VARCHAR(4000),
 *     state_version BIGINT NOT NULL
 * )
 * </pre>
 */
public class JdbcStateRepository extends ServiceSupport implements StateRepository<String, String> {

    /** The name of the table when none is set. */
    public static final String DEFAULT_TABLE_NAME = "zuora_jobs_watch_state";

    /** The reserved key of the row that holds the table's latest generation. */
    public static final String GENERATION_KEY = "#generation";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStateRepository.class);

    private DataSource dataSource;
    private String tableName = DEFAULT_TABLE_NAME;
    private boolean createTable = true;
    private StateTable table;
    private volatile long generation;
    private volatile FencedWriteException fenced;

    /** A repository whose data source is set with {@link #setDataSource(DataSource)}, e.g. as a bean in YAML. */
    public JdbcStateRepository() {
    }

    public JdbcStateRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public JdbcStateRepository(DataSource dataSource, String tableName) {
        this.dataSource = dataSource;
        this.tableName = tableName;
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    /**
     * The database, e.g. the {@code DataSource} the application already has (Spring Boot's or Quarkus' Agroal pool).
     * The repository borrows a connection for each read and write and never closes the data source.
     */
    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String getTableName() {
        return tableName;
    }

    /**
     * The table that holds the state, {@value #DEFAULT_TABLE_NAME} by default: letters, digits and underscores,
     * optionally behind a schema and a dot ({@code app.zuora_jobs_watch_state}). Use one table per watch endpoint.
     */
    public void setTableName(String tableName) {
        this.tableName = tableName;
    }

    public boolean isCreateTable() {
        return createTable;
    }

    /**
     * Whether the repository creates its table at start when it is missing (the default). Turn it off where the
     * application's user may not create tables, and create the table beforehand with the DDL of the manual.
     */
    public void setCreateTable(boolean createTable) {
        this.createTable = createTable;
    }

    /** The generation this repository took when it last started (0 before). */
    public long getGeneration() {
        return generation;
    }

    /** Whether a write was refused since the last start: a node that started later has taken over the state. */
    public boolean isFenced() {
        return fenced != null;
    }

    @Override
    protected void doStart() throws Exception {
        ObjectHelper.notNull(dataSource, "dataSource", this);
        table = new StateTable(tableName);
        fenced = null;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            ensureTable(connection);
            generation = claim(connection);
        }
        LOG.debug("State table {} claimed for generation {}", table.name(), generation);
    }

    private void ensureTable(Connection connection) throws SQLException {
        SQLException missing = probe(connection);
        if (missing == null) {
            return;
        }
        if (!createTable) {
            throw new IllegalStateException(
                    "The state table " + table.name() + " cannot be read and createTable is"
                                            + " off: create it with the DDL of the manual (" + missing.getMessage()
                                            + ")",
                    missing);
        }
        String ddl = table.create(connection.getMetaData().getDatabaseProductName());
        try (Statement statement = connection.createStatement()) {
            statement.execute(ddl);
            LOG.info("Created the state table {}", table.name());
        } catch (SQLException createFailed) {
            // another node may have created it meanwhile
            if (probe(connection) != null) {
                throw createFailed;
            }
        }
    }

    /** The reason the table cannot be read, or {@code null} when it can. */
    private SQLException probe(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery(table.probe()).close();
            return null;
        } catch (SQLException e) {
            return e;
        }
    }

    /** Takes the next generation and claims every row for it, in one transaction. */
    private long claim(Connection connection) throws SQLException {
        for (int attempt = 1;; attempt++) {
            connection.setAutoCommit(false);
            try {
                long next = nextGeneration(connection);
                try (PreparedStatement claim = connection.prepareStatement(table.claimAll())) {
                    claim.setLong(1, next);
                    claim.setLong(2, next);
                    claim.executeUpdate();
                }
                connection.commit();
                return next;
            } catch (SQLException e) {
                connection.rollback();
                // two nodes created the generation row at once: the one that lost takes the next one
                if (attempt == 2 || !isDuplicateKey(e)) {
                    throw e;
                }
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private long nextGeneration(Connection connection) throws SQLException {
        try (PreparedStatement raise = connection.prepareStatement(table.raiseVersion())) {
            raise.setString(1, GENERATION_KEY);
            if (raise.executeUpdate() == 0) {
                long highest;
                try (Statement max = connection.createStatement(); ResultSet rows = max.executeQuery(table.maxVersion())) {
                    rows.next();
                    highest = rows.getLong(1);
                }
                insert(connection, GENERATION_KEY, null, highest + 1);
            }
        }
        return version(connection, GENERATION_KEY);
    }

    /**
     * The stored value of a key, read from the database.
     *
     * @throws IllegalArgumentException when the key is empty, longer than 255 characters or the reserved
     *                                  {@value #GENERATION_KEY}
     * @throws IllegalStateException    when the repository is not started or the database cannot be read
     */
    @Override
    public String getState(String key) {
        checkKey(key);
        StateTable current = startedTable();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(current.select())) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot read state key '" + key + "' from table " + current.name() + ": "
                                            + e.getMessage(),
                    e);
        }
    }

    /**
     * Stores the value of a key, unless a node that started later has claimed it.
     *
     * @throws FencedWriteException     when a node that started later has claimed the key (or an earlier write of this
     *                                  repository was refused): nothing is written
     * @throws IllegalArgumentException when the key is empty, longer than 255 characters or the reserved
     *                                  {@value #GENERATION_KEY}, or the value is longer than 4000 characters
     * @throws IllegalStateException    when the repository is not started or the database cannot be written
     */
    @Override
    public void setState(String key, String value) {
        checkKey(key);
        if (value != null && value.length() > StateTable.MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException(
                    "The value of state key '" + key + "' has " + value.length()
                                               + " characters; at most " + StateTable.MAX_VALUE_LENGTH + " fit");
        }
        StateTable current = startedTable();
        FencedWriteException refused = fenced;
        if (refused != null) {
            throw refused;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (update(connection, key, value) || insertIfAbsent(connection, key, value)
                    || update(connection, key, value)) {
                return;
            }
            refused = new FencedWriteException(current.name(), key, generation, version(connection, key));
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot write state key '" + key + "' to table " + current.name() + ": "
                                            + e.getMessage(),
                    e);
        }
        fenced = refused;
        LOG.warn(refused.getMessage());
        throw refused;
    }

    private boolean update(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(table.update())) {
            update.setString(1, value);
            update.setLong(2, generation);
            update.setString(3, key);
            update.setLong(4, generation);
            return update.executeUpdate() == 1;
        }
    }

    /** Inserts the row; {@code false} when it exists (the update found it claimed, or it was inserted meanwhile). */
    private boolean insertIfAbsent(Connection connection, String key, String value) throws SQLException {
        try {
            insert(connection, key, value, generation);
            return true;
        } catch (SQLException e) {
            if (isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    private void insert(Connection connection, String key, String value, long version) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(table.insert())) {
            insert.setString(1, key);
            insert.setString(2, value);
            insert.setLong(3, version);
            insert.executeUpdate();
        }
    }

    /** The version of a row, or -1 when there is none. */
    private long version(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(table.selectVersion())) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }

    /** SQLSTATE class 23, integrity constraint violation: a duplicate primary key on every supported database. */
    private static boolean isDuplicateKey(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    private StateTable startedTable() {
        if (!isStarted()) {
            throw new IllegalStateException("The state repository on table " + tableName + " is not started");
        }
        return table;
    }

    private static void checkKey(String key) {
        if (key == null || key.isEmpty() || key.length() > StateTable.MAX_KEY_LENGTH) {
            throw new IllegalArgumentException(
                    "Invalid state key '" + key + "': use 1 to " + StateTable.MAX_KEY_LENGTH
                                               + " characters");
        }
        if (GENERATION_KEY.equals(key)) {
            throw new IllegalArgumentException(
                    "Invalid state key '" + key + "': it is reserved for the table's"
                                               + " generation");
        }
    }
}
