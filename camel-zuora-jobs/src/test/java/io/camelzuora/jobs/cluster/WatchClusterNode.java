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
import org.apache.camel.cluster.CamelClusterEventListener;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.cluster.CamelClusterView;
import org.apache.camel.component.master.MasterConsumer;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One application node in this JVM: {@code master:zuora-watch:zuora-jobs:watch} (discovery) over a cluster service, its
 * state in a {@link JdbcStateRepository}, recording each change it receives as {@code <jobId> <previous>><status>}
 * before the exchange completes. Optionally the node stands still like a JVM paused whole by a long garbage collection
 * once it has recorded line {@code hangAt}: that exchange does not complete until {@link #release()}, and whatever
 * would tell its watch that it lost the leadership (the cluster view's events) waits until {@link #resume()}. It is the
 * leader that wakes up deposed and does not know it yet.
 */
final class WatchClusterNode implements AutoCloseable {

    private static final String NAMESPACE = "zuora-watch";

    private final CamelContext context = new DefaultCamelContext();
    private final JdbcStateRepository repository;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final int hangAt;
    private final CamelClusterService cluster;
    private final CountDownLatch released = new CountDownLatch(1);
    private final CountDownLatch resumed = new CountDownLatch(1);

    WatchClusterNode(String name, ZuoraSimulator simulator, DataSource database, CamelClusterService cluster,
                     int hangAt) throws Exception {
        this.hangAt = hangAt;
        this.cluster = cluster;
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
        if (hangAt > 0) {
            // registered before camel-master's listener, so that camel-master hears nothing while the node is paused
            cluster.getView(NAMESPACE).addEventListener((CamelClusterEventListener.Leadership) (view, leader) -> {
                if (lines.size() >= hangAt) {
                    await(resumed);
                }
            });
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:" + NAMESPACE + ":zuora-jobs:watch?stateRepository=#watchState&initialDelay=0&delay=100"
                     + "&electionCheckInterval=100")
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
            await(released);
        }
    }

    /** A paused thread stands still, whatever happens around it, until the latch opens. */
    private static void await(CountDownLatch latch) {
        while (latch.getCount() > 0) {
            try {
                latch.await();
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

    /** Whether this node takes part in the leader election of the watch, as the cluster view lists its members. */
    boolean isInElection() throws Exception {
        CamelClusterView view = cluster.getView(NAMESPACE);
        try {
            String id = view.getLocalMember().getId();
            return view.getMembers().stream().anyMatch(member -> id.equals(member.getId()));
        } finally {
            cluster.releaseView(view);
        }
    }

    JdbcStateRepository repository() {
        return repository;
    }

    /** Lets the exchange in flight complete. */
    void release() {
        released.countDown();
    }

    /** Lets the rest of the node learn what happened while it was paused. */
    void resume() {
        resumed.countDown();
    }

    @Override
    public void close() {
        release();
        resume();
        context.stop();
    }
}
