package io.camelzuora.jobs.state;

import javax.sql.DataSource;

/** {@link JdbcStateRepository} on PostgreSQL: real server binaries, started by the tests. */
class JdbcStateRepositoryPostgresTest extends JdbcStateRepositoryTestSupport {

    @Override
    protected DataSource dataSource() {
        return SharedPostgres.dataSource(SharedPostgres.newDatabase());
    }
}
