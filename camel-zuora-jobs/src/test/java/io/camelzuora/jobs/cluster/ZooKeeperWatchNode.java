package io.camelzuora.jobs.cluster;

import java.util.Map;

import io.camelzuora.jobs.internal.consumer.WatchNode;
import io.camelzuora.jobs.state.JdbcStateRepository;
import org.apache.camel.component.zookeeper.ZooKeeperCuratorConfiguration;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A {@link WatchNode} application under {@code master:} over camel-zookeeper's cluster service, configured as a user
 * would ({@code nodes}, {@code basePath}, {@code sessionTimeout}), with its state in PostgreSQL through a
 * {@link JdbcStateRepository}. Extra arguments: {@code zookeeper} (the ensemble's connect string),
 * {@code sessionTimeout} (milliseconds) and {@code jdbcUrl}.
 */
public final class ZooKeeperWatchNode {

    private ZooKeeperWatchNode() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = WatchNode.options(args);
        ZooKeeperClusterService cluster = new ZooKeeperClusterService(new ZooKeeperCuratorConfiguration());
        cluster.setId(options.get("node"));
        cluster.setNodes(options.get("zookeeper"));
        cluster.setBasePath("/camel/zuora-jobs");
        cluster.setSessionTimeout(Long.parseLong(options.get("sessionTimeout")));
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(options.get("jdbcUrl"));
        WatchNode.run(options, new JdbcStateRepository(database), cluster);
    }
}
