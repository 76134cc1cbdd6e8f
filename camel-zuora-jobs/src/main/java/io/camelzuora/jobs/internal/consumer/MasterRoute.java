package io.camelzuora.jobs.internal.consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Route;

/**
 * A route that runs an endpoint under Camel's {@code master:<namespace>:<uri>}, found by its URI alone: the component
 * does not depend on camel-master, and Camel's master consumer creates the delegate's consumer outside the route.
 *
 * @param route     the {@code master:} route
 * @param namespace the cluster namespace whose leader runs the delegate
 * @param delegate  the endpoint the leader consumes from
 */
record MasterRoute(Route route, String namespace, Endpoint delegate) {

    private static final String MASTER = "master:";

    /** The route as a {@code master:} route, or {@code null} when it is none or its delegate is not an endpoint. */
    static MasterRoute of(CamelContext context, Route route) {
        String uri = route.getEndpoint().getEndpointUri();
        String namespace = namespace(uri);
        if (namespace == null) {
            return null;
        }
        try {
            Endpoint delegate = context.hasEndpoint(masterPart(uri).substring(namespace.length() + 1));
            return delegate == null ? null : new MasterRoute(route, namespace, delegate);
        } catch (RuntimeException notAnEndpointUri) {
            // a master: route whose URI Camel cannot normalise runs no endpoint of this component
            return null;
        }
    }

    /** The namespace of a {@code master:<namespace>:<uri>} endpoint URI, or {@code null} for any other URI. */
    static String namespace(String uri) {
        if (uri == null || !uri.startsWith(MASTER)) {
            return null;
        }
        String rest = masterPart(uri);
        int end = rest.indexOf(':');
        return end > 0 ? rest.substring(0, end) : null;
    }

    private static String masterPart(String uri) {
        String rest = uri.substring(MASTER.length());
        return rest.startsWith("//") ? rest.substring(2) : rest;
    }
}
