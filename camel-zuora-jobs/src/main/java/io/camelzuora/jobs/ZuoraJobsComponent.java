package io.camelzuora.jobs;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLContext;

import io.camelzuora.jobs.exception.ZuoraRateLimitException;
import io.camelzuora.jobs.internal.OptionChecks;
import io.camelzuora.jobs.internal.client.AccessTokenSource;
import io.camelzuora.jobs.internal.client.HttpTransport;
import io.camelzuora.jobs.internal.client.OAuthTokenCache;
import io.camelzuora.jobs.internal.client.RequestPacer;
import io.camelzuora.jobs.internal.client.RetryPolicy;
import io.camelzuora.jobs.internal.client.StaticAccessToken;
import io.camelzuora.jobs.internal.consumer.ElectionMembership;
import io.camelzuora.jobs.internal.load.BulkLoads;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Route;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.LifecycleStrategySupport;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.URISupport;

/**
 * The {@code zuora-jobs} component: drives and watches Zuora custom-object bulk jobs. It owns what its endpoints share:
 * one pooled HTTP transport per connection setting and one token cache per way of calling the token endpoint, closed
 * when the component stops.
 */
@Component("zuora-jobs")
public class ZuoraJobsComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata
    private ZuoraJobsConfiguration configuration = new ZuoraJobsConfiguration();
    @Metadata(label = "security", defaultValue = "false")
    private boolean useGlobalSslContextParameters;
    @Metadata(label = "advanced", defaultValue = "0")
    private int maxRequestsPerMinute;

    private final Map<TransportKey, HttpTransport> transports = new ConcurrentHashMap<>();
    private final Map<TokenCacheKey, OAuthTokenCache> tokenCaches = new ConcurrentHashMap<>();
    private volatile RequestPacer pacer;
    private volatile BulkLoads bulkLoads;
    private ElectionMembership electionMembership;

    public ZuoraJobsComponent() {
    }

    public ZuoraJobsComponent(CamelContext context) {
        super(context);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        ZuoraJobsOperation operation = ZuoraJobsOperation.of(remaining, "the endpoint URI " + URISupport.sanitizeUri(uri));
        ZuoraJobsEndpoint endpoint = new ZuoraJobsEndpoint(uri, this, operation, configuration.copy());
        setProperties(endpoint, parameters);
        if (endpoint.getConfiguration().getSslContextParameters() == null) {
            endpoint.getConfiguration().setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        return endpoint;
    }

    public ZuoraJobsConfiguration getConfiguration() {
        return configuration;
    }

    /** The options every endpoint starts from. */
    public void setConfiguration(ZuoraJobsConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /** Use the global SSL context parameters of the Camel context when an endpoint has none of its own. */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public int getMaxRequestsPerMinute() {
        return maxRequestsPerMinute;
    }

    /**
     * A client-side budget of requests per minute for all endpoints of this component together, so an application stays
     * inside its share of the tenant's rate limit (Zuora counts every request of every integration, failed ones
     * included). Requests beyond it wait their turn; one that would wait longer than `maxRetryDelay` fails at once with
     * `ZuoraRateLimitException`. 0 (the default) sets no budget; independently of it, when Zuora's
     * `RateLimit-Remaining` falls to 1 % of the per-minute limit, requests wait for `RateLimit-Reset`.
     */
    public void setMaxRequestsPerMinute(int maxRequestsPerMinute) {
        this.maxRequestsPerMinute = maxRequestsPerMinute;
    }

    /** The rate budget shared by all endpoints of this component. */
    RequestPacer pacer() {
        RequestPacer current = pacer;
        if (current == null) {
            synchronized (this) {
                current = pacer;
                if (current == null) {
                    current = new RequestPacer(maxRequestsPerMinute);
                    pacer = current;
                }
            }
        }
        return current;
    }

    /** The slot budget and the loads in flight of all load endpoints of this component: one tenant, one budget. */
    BulkLoads bulkLoads() {
        BulkLoads current = bulkLoads;
        if (current == null) {
            synchronized (this) {
                current = bulkLoads;
                if (current == null) {
                    current = new BulkLoads();
                    try {
                        getCamelContext().addService(current, true, true);
                    } catch (Exception e) {
                        throw new IllegalStateException(
                                "Cannot register the bulk loads of zuora-jobs: " + e.getMessage(),
                                e);
                    }
                    bulkLoads = current;
                }
            }
        }
        return current;
    }

    /** The pooled transport for these connection settings, created on first use. */
    HttpTransport transport(ZuoraJobsConfiguration conf) {
        TransportKey key = new TransportKey(
                conf.getConnectTimeout(), conf.getMaxConnections(),
                conf.getSslContextParameters());
        return transports.computeIfAbsent(key, k -> new HttpTransport(
                Duration.ofMillis(k.connectTimeout()),
                sslContext(k.sslContextParameters()), k.maxConnections()));
    }

    /** Connections of this component's transports that are in use right now; none once every route has stopped. */
    int leasedConnections() {
        return transports.values().stream().mapToInt(HttpTransport::leasedConnections).sum();
    }

    /**
     * The token source of an endpoint: a static token, or a token cache shared by the endpoints that call the token
     * endpoint the same way (base and token URL, credentials, TLS settings, timeouts and retries), so that one
     * endpoint's token is never fetched with another's settings.
     */
    AccessTokenSource tokens(ZuoraJobsConfiguration conf, URI baseUrl, RetryPolicy retryPolicy) {
        if (conf.getAccessToken() != null) {
            return new StaticAccessToken(conf.getAccessToken());
        }
        URI tokenUrl = conf.getTokenUrl() != null ? URI.create(conf.getTokenUrl()) : baseUrl.resolve("/oauth/token");
        TokenCacheKey key = new TokenCacheKey(
                baseUrl, tokenUrl, conf.getClientId(), conf.getClientSecret(),
                new TransportKey(conf.getConnectTimeout(), conf.getMaxConnections(), conf.getSslContextParameters()),
                conf.getRequestTimeout(), retryPolicy);
        return tokenCaches.computeIfAbsent(key, k -> new OAuthTokenCache(
                transport(conf), k.tokenUrl(), k.clientId(),
                k.clientSecret(), retryPolicy, Duration.ofMillis(k.requestTimeout()), Clock.systemUTC()));
    }

    /** How many token caches the component holds: one per way of calling the token endpoint. */
    int tokenCacheCount() {
        return tokenCaches.size();
    }

    private SSLContext sslContext(SSLContextParameters parameters) {
        if (parameters == null) {
            return null;
        }
        try {
            return parameters.createSSLContext(getCamelContext());
        } catch (Exception e) {
            throw new IllegalArgumentException(
                    "The sslContextParameters of zuora-jobs could not build a TLS context: "
                                               + e.getMessage(),
                    e);
        }
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        electionMembership = new ElectionMembership(getCamelContext());
        getCamelContext().addLifecycleStrategy(new LifecycleStrategySupport() {
            @Override
            public void onContextStopping(CamelContext context) {
                // before routes stop: a poll waiting for a hanging token endpoint must not hold up the shutdown
                tokenCaches.values().forEach(OAuthTokenCache::close);
            }

            @Override
            public void onRoutesAdd(Collection<Route> routes) {
                routes.forEach(electionMembership::routeAdded);
            }

            @Override
            public void onRoutesRemove(Collection<Route> routes) {
                routes.forEach(electionMembership::routeRemoved);
            }
        });
    }

    @Override
    protected void doStart() throws Exception {
        OptionChecks.checkComponent(maxRequestsPerMinute);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        electionMembership.stop();
        tokenCaches.values().forEach(OAuthTokenCache::close);
        transports.values().forEach(HttpTransport::close);
        transports.clear();
        tokenCaches.clear();
        pacer = null;
        if (bulkLoads != null) {
            getCamelContext().removeService(bulkLoads);
            bulkLoads = null;
        }
        super.doStop();
    }

    private record TransportKey(long connectTimeout, int maxConnections, SSLContextParameters sslContextParameters) {
    }

    /** The secret is part of the key but never of its text. */
    private record TokenCacheKey(URI baseUrl, URI tokenUrl, String clientId, String clientSecret,
            TransportKey transport, long requestTimeout, RetryPolicy retryPolicy) {

        @Override
        public String toString() {
            return "TokenCacheKey[" + tokenUrl + "]";
        }
    }
}
