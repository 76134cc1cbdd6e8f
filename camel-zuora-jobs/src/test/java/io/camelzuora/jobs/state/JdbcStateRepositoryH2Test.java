package io.camelzuora.jobs.state;

import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** {@link JdbcStateRepository} on H2, in memory. */
class JdbcStateRepositoryH2Test extends JdbcStateRepositoryTestSupport {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    protected DataSource dataSource() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:state-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }
}
