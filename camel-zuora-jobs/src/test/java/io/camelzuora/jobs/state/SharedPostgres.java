package io.camelzuora.jobs.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One PostgreSQL server (real binaries, in a process of their own) for every test of the JVM that needs one: starting
 * it takes seconds, a fresh database for each test takes milliseconds. It stops when the JVM ends.
 */
public final class SharedPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private SharedPostgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setRegisterShutdownHook(true).start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start PostgreSQL", e);
            }
        }
        return server;
    }

    /** Creates an empty database and returns its name. */
    public static String newDatabase() {
        String database = "state_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
        return database;
    }

    public static DataSource dataSource(String database) {
        return server().getDatabase("postgres", database);
    }

    /** The JDBC URL of a database, for a program in another JVM. */
    public static String jdbcUrl(String database) {
        return server().getJdbcUrl("postgres", database);
    }
}
