package io.camelzuora.jobs.internal.consumer;

import java.util.Optional;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Route;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.cluster.CamelClusterView;
import org.apache.camel.support.cluster.ClusterServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this node leads the watch, for a watch that runs under {@code master:<namespace>:}: the watch then polls and
 * emits only while the cluster view says so. Camel's {@code master:} stops the watch when it hears that leadership was
 * lost, but it can miss that: camel-zookeeper 4.18 loses the event when the ensemble has lost its quorum, so the old
 * leader would otherwise poll on with no leader elected.
 */
final class ClusterLeadership {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterLeadership.class);

    private final CamelClusterService service;
    private final CamelClusterView view;

    private ClusterLeadership(CamelClusterService service, CamelClusterView view) {
        this.service = service;
        this.view = view;
    }

    /**
     * The leadership of the {@code master:<namespace>:} route that runs the watch; a watch not under {@code master:}
     * always leads.
     */
    static ClusterLeadership of(CamelContext context, Endpoint watch) throws Exception {
        for (Route route : context.getRoutes()) {
            MasterRoute master = MasterRoute.of(context, route);
            if (master != null && master.delegate() == watch) {
                return of(context, master.namespace());
            }
        }
        return new ClusterLeadership(null, null);
    }

    private static ClusterLeadership of(CamelContext context, String namespace) throws Exception {
        Optional<CamelClusterService> service = ClusterServiceHelper.lookupService(context);
        if (service.isEmpty()) {
            LOG.debug("The watch runs under master:{} but no single cluster service was found", namespace);
            return new ClusterLeadership(null, null);
        }
        return new ClusterLeadership(service.get(), service.get().getView(namespace));
    }

    boolean isLeader() {
        return view == null || view.getLocalMember().isLeader();
    }

    void release() throws Exception {
        if (view != null) {
            service.releaseView(view);
        }
    }
}
