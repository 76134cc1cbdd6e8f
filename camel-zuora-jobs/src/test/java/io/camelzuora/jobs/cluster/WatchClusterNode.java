package io.camelzuora.jobs.cluster;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import io.camelzuora.jobs.ZuoraJobsComponent;
import io.camelzuora.jobs.ZuoraJobsConstants;
import io.camelzuora.jobs.state.JdbcStateRepository;
import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.master.MasterConsumer;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One application node in this JVM: {@code master:zuora-watch:zuora-jobs:watch} (discovery) over a cluster service, its
 * state in a {@link JdbcStateRepository}, recording each change it receives as {@code <jobId> <previous>><status>}
 * before the exchange completes. Optionally the exchange that records line {@code hangAt} does not complete until
 * {@link #release()}: it is the exchange in flight when the test takes the node down.
 */
final class WatchClusterNode implements AutoCloseable {

    private final CamelContext context = new DefaultCamelContext();
    private final JdbcStateRepository repository;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final int hangAt;
    private final CountDownLatch released = new CountDownLatch(1);

    WatchClusterNode(String name, ZuoraSimulator simulator, DataSource database, CamelClusterService cluster,
                     int hangAt) throws Exception {
        this.hangAt = hangAt;
        this.repository = new JdbcStateRepository(database);
        context.getCamelContextExtension().setName(name);
        ZuoraJobsComponent component = new ZuoraJobsComponent();
        component.getConfiguration().setBaseUrl(simulator.baseUrl());
        component.getConfiguration().setClientId(ZuoraSimulator.DEFAULT_CLIENT_ID);
        component.getConfiguration().setClientSecret(ZuoraSimulator.DEFAULT_CLIENT_SECRET);
        component.getConfiguration().setRetryDelay(5);
        context.addComponent("zuora-jobs", component);
        context.getRegistry().bind("watchState", repository);
        context.addService(cluster);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:zuora-watch:zuora-jobs:watch?stateRepository=#watchState&initialDelay=0&delay=100")
                        .routeId("watch").process(WatchClusterNode.this::record);
            }
        });
    }

    WatchClusterNode start() {
        context.start();
        return this;
    }

    private void record(Exchange exchange) {
        Message message = exchange.getMessage();
        lines.add(message.getHeader(ZuoraJobsConstants.JOB_ID, String.class) + ' '
                  + message.getHeader(ZuoraJobsConstants.JOB_PREVIOUS_STATUS, "", String.class) + '>'
                  + message.getHeader(ZuoraJobsConstants.JOB_STATUS, String.class));
        if (lines.size() == hangAt) {
            pause();
        }
    }

    /** Like a long garbage-collection pause: the thread stands still, whatever happens around it, until released. */
    private void pause() {
        while (released.getCount() > 0) {
            try {
                released.await();
            } catch (InterruptedException ignoredLikeAPausedThreadWould) {
                // the node stopping its consumer interrupts the poll; a paused thread would not notice
            }
        }
    }

    /** The changes this node received, in order. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    /** Whether the cluster service has made this node the leader of the watch. */
    boolean isLeader() {
        return context.getRoute("watch").getConsumer() instanceof MasterConsumer master && master.isMaster();
    }

    /** Restarts the watch's route, as an operator would (or Camel's supervising route controller). */
    void restartWatch() throws Exception {
        context.getRouteController().stopRoute("watch");
        context.getRouteController().startRoute("watch");
    }

    JdbcStateRepository repository() {
        return repository;
    }

    /** Lets the exchange in flight complete. */
    void release() {
        released.countDown();
    }

    @Override
    public void close() {
        release();
        context.stop();
    }
}
