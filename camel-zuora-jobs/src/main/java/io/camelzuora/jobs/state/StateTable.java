package io.camelzuora.jobs.state;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The SQL of a {@link JdbcStateRepository}'s table: its name, checked so that it can be put into a statement, and the
 * statements, with the key, value and version always passed as parameters.
 */
final class StateTable {

    /** A plain identifier, optionally behind a schema: nothing that could end or quote a statement. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}(\\.[A-Za-z_][A-Za-z0-9_]{0,127})?");

    static final int MAX_KEY_LENGTH = 255;
    static final int MAX_VALUE_LENGTH = 4000;

    private final String name;

    StateTable(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "Invalid tableName '" + name + "': use letters, digits and underscores,"
                                               + " starting with a letter or an underscore, at most 128 characters,"
                                               + " optionally behind a schema and a dot (e.g. zuora_jobs_watch_state"
                                               + " or app.zuora_jobs_watch_state)");
        }
        this.name = name;
    }

    String name() {
        return name;
    }

    /** The {@code CREATE TABLE} for the database named by JDBC's {@code DatabaseMetaData.getDatabaseProductName()}. */
    String create(String databaseProduct) {
        String product = databaseProduct == null ? "" : databaseProduct.toLowerCase(Locale.ROOT);
        if (product.contains("oracle")) {
            return create("VARCHAR2(" + MAX_KEY_LENGTH + " CHAR)", "VARCHAR2(" + MAX_VALUE_LENGTH + ")", "NUMBER(19)");
        }
        if (product.contains("sql server")) {
            return create("NVARCHAR(" + MAX_KEY_LENGTH + ")", "NVARCHAR(" + MAX_VALUE_LENGTH + ")", "BIGINT");
        }
        // PostgreSQL, MySQL, MariaDB, H2 and most others
        return create("VARCHAR(" + MAX_KEY_LENGTH + ")", "VARCHAR(" + MAX_VALUE_LENGTH + ")", "BIGINT");
    }

    private String create(String keyType, String valueType, String versionType) {
        return "CREATE TABLE " + name + " (state_key " + keyType + " NOT NULL PRIMARY KEY, state_value " + valueType
               + ", state_version " + versionType + " NOT NULL)";
    }

    /** Fails when the table is missing (or lacks a column); returns no row. */
    String probe() {
        return "SELECT state_key, state_value, state_version FROM " + name + " WHERE 1 = 0";
    }

    String select() {
        return "SELECT state_value FROM " + name + " WHERE state_key = ?";
    }

    String selectVersion() {
        return "SELECT state_version FROM " + name + " WHERE state_key = ?";
    }

    String maxVersion() {
        return "SELECT MAX(state_version) FROM " + name;
    }

    /** Takes the next generation: parameters the generation row's key. */
    String raiseVersion() {
        return "UPDATE " + name + " SET state_version = state_version + 1 WHERE state_key = ?";
    }

    /** Claims every row for a generation: parameters the generation, twice. */
    String claimAll() {
        return "UPDATE " + name + " SET state_version = ? WHERE state_version < ?";
    }

    /** A fenced update: parameters value, generation, key, generation. */
    String update() {
        return "UPDATE " + name + " SET state_value = ?, state_version = ? WHERE state_key = ? AND state_version <= ?";
    }

    /** Parameters key, value, version. */
    String insert() {
        return "INSERT INTO " + name + " (state_key, state_value, state_version) VALUES (?, ?, ?)";
    }
}
