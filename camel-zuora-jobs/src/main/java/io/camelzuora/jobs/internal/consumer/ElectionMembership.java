package io.camelzuora.jobs.internal.consumer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.camelzuora.jobs.ZuoraJobsEndpoint;
import io.camelzuora.jobs.ZuoraJobsOperation;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.cluster.CamelClusterView;
import org.apache.camel.support.cluster.ClusterServiceHelper;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every node that runs a watch under {@code master:<namespace>:} in the leader election of {@code <namespace>}.
 * An election can drop a node for good: camel-zookeeper 4.18 leaves the election when its ZooKeeper connection is
 * suspended and never enters it again, so once the ensemble has lost and regained its quorum no node would ever lead
 * the watch again. Each {@code electionCheckInterval} this node asks the view of {@code <namespace>} whether it still
 * lists this node among its members. A node that was listed and is missing on two checks in a row enters the election
 * again, as an operator would, by stopping and starting its view; each attempt that does not bring it back doubles the
 * checks before the next, up to 64. A view that never lists this node (camel-file's {@code FileLockClusterService}
 * lists no members) is left alone, and a check that cannot reach the cluster decides nothing.
 */
public final class ElectionMembership {

    private static final Logger LOG = LoggerFactory.getLogger(ElectionMembership.class);

    private final CamelContext context;
    private final Map<Route, ScheduledFuture<?>> checks = new HashMap<>();
    private ScheduledExecutorService scheduler;

    public ElectionMembership(CamelContext context) {
        this.context = context;
    }

    /** Starts checking the election of the route when it runs a watch under {@code master:} with checks turned on. */
    public synchronized void routeAdded(Route route) {
        MasterRoute master = MasterRoute.of(context, route);
        if (master == null || !(master.delegate() instanceof ZuoraJobsEndpoint watch)
                || watch.getOperation() != ZuoraJobsOperation.watch) {
            return;
        }
        long interval = watch.getConfiguration().getElectionCheckInterval();
        if (interval <= 0 || checks.containsKey(route)) {
            return;
        }
        if (scheduler == null) {
            scheduler = context.getExecutorServiceManager().newSingleThreadScheduledExecutor(this, "ZuoraJobsElection");
        }
        Presence presence = new Presence();
        checks.put(route, scheduler.scheduleWithFixedDelay(
                () -> check(master, presence), interval, interval, TimeUnit.MILLISECONDS));
    }

    public synchronized void routeRemoved(Route route) {
        ScheduledFuture<?> check = checks.remove(route);
        if (check != null) {
            check.cancel(false);
        }
    }

    /** Stops every check; routes added later start them again. */
    public synchronized void stop() {
        checks.values().forEach(check -> check.cancel(false));
        checks.clear();
        if (scheduler != null) {
            context.getExecutorServiceManager().shutdownNow(scheduler);
            scheduler = null;
        }
    }

    private void check(MasterRoute master, Presence presence) {
        if (!ServiceHelper.isStarted(master.route().getConsumer())) {
            // a stopped route has left the election on purpose
            presence.forget();
            return;
        }
        try {
            Optional<CamelClusterService> service = ClusterServiceHelper.lookupService(context);
            if (service.isPresent()) {
                checkView(service.get(), master, presence);
            }
        } catch (Exception failed) {
            // any exception that left this method would end the check's schedule
            LOG.debug("Cannot check this node's place in the leader election of {}: {}", master.namespace(),
                    failed.getMessage());
        }
    }

    /**
     * Asks the view whether it lists this node (which may block while the cluster is unreachable) and, when the node
     * should enter the election again, restarts the view. The view itself is restarted, not through the service's
     * {@code stopView}: that holds the service's lock while the view tells {@code master:} that the leadership was
     * lost, and the watch it stops then releases its own reference to the view, which needs that lock.
     */
    private static void checkView(CamelClusterService service, MasterRoute master, Presence presence)
            throws Exception {
        CamelClusterView view = service.getView(master.namespace());
        try {
            if (presence.shouldRejoin(isListed(view))) {
                LOG.warn("Node {} is no longer a member of the leader election of {}, so it could never take over"
                         + " the watch of route {}: entering the election again",
                        service.getId(), master.namespace(), master.route().getRouteId());
                view.stop();
                view.start();
            }
        } finally {
            service.releaseView(view);
        }
    }

    private static boolean isListed(CamelClusterView view) {
        CamelClusterMember local = view.getLocalMember();
        return local.isLeader() || view.getMembers().stream().anyMatch(member -> local.getId().equals(member.getId()));
    }

    /** What the checks of one route have seen; used by its check's thread alone. */
    static final class Presence {

        private static final int MAX_BACKOFF_SHIFT = 5;

        private boolean seen;
        private int missing;
        private int attempts;

        /** Takes the outcome of one check; whether the node should now enter the election again. */
        boolean shouldRejoin(boolean listed) {
            if (listed) {
                seen = true;
                missing = 0;
                attempts = 0;
                return false;
            }
            if (!seen || ++missing < 2 << Math.min(attempts, MAX_BACKOFF_SHIFT)) {
                return false;
            }
            missing = 0;
            attempts++;
            return true;
        }

        void forget() {
            seen = false;
            missing = 0;
            attempts = 0;
        }
    }
}
