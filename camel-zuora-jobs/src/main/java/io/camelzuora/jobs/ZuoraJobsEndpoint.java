package io.camelzuora.jobs;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

import io.camelzuora.jobs.internal.client.ClientSettings;
import io.camelzuora.jobs.internal.client.InputChecks;
import io.camelzuora.jobs.internal.client.RetryPolicy;
import io.camelzuora.jobs.internal.client.ZuoraJobsClient;
import io.camelzuora.jobs.internal.consumer.WatchConsumer;
import io.camelzuora.jobs.internal.producer.ZuoraJobsProducer;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Fetch Zuora custom-object bulk jobs, run their lifecycle and watch their status changes.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "zuora-jobs", title = "Zuora Jobs", syntax = "zuora-jobs:operation",
             category = { Category.SAAS, Category.API }, headersClass = ZuoraJobsConstants.class)
public class ZuoraJobsEndpoint extends ScheduledPollEndpoint {

    @UriPath(description = "What the endpoint does. In `to(...)`: `getJob` fetches the job whose id is in the"
                           + " `CamelZuoraJobId` header (or the `jobId` option); `submitJob` submits a job; `uploadFile`"
                           + " uploads the body as the job's CSV; `cancelJob` cancels the job; `listJobs` lists jobs;"
                           + " `listErrors` lists the job's failed rows; `awaitJob` waits, without holding a thread,"
                           + " until the job is completed, failed or cancelled. In `from(...)`: `watch` polls the jobs"
                           + " named by `jobIds`, or discovers every job of the tenant, and emits one exchange per"
                           + " status change.")
    @Metadata(required = true)
    private ZuoraJobsOperation operation;
    @UriParam
    private ZuoraJobsConfiguration configuration;

    private ZuoraJobsClient client;
    private final LongAdder requestsSent = new LongAdder();

    public ZuoraJobsEndpoint(String uri, ZuoraJobsComponent component, ZuoraJobsOperation operation,
                             ZuoraJobsConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
    }

    @Override
    public ZuoraJobsComponent getComponent() {
        return (ZuoraJobsComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        if (!operation.isProducer()) {
            throw new IllegalArgumentException("zuora-jobs:" + operation + " is a consumer: use it in from(...), not in"
                                               + " to(...)");
        }
        return new ZuoraJobsProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (operation != ZuoraJobsOperation.watch) {
            throw new IllegalArgumentException("zuora-jobs:" + operation + " is a producer operation: use it in to(...);"
                                               + " to consume job status changes use from(\"zuora-jobs:watch\")");
        }
        WatchConsumer consumer = new WatchConsumer(this, processor);
        consumer.setMaxMessagesPerPoll(configuration.getMaxMessagesPerPoll());
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        URI baseUrl = InputChecks.secureUrl(configuration.getBaseUrl(), configuration.isAllowInsecureHttp(), "baseUrl");
        if (configuration.getTokenUrl() != null) {
            InputChecks.secureUrl(configuration.getTokenUrl(), configuration.isAllowInsecureHttp(), "tokenUrl");
        }
        positive(configuration.getConnectTimeout(), "connectTimeout");
        positive(configuration.getRequestTimeout(), "requestTimeout");
        positive(configuration.getMaxRetryAfter(), "maxRetryAfter");
        RetryPolicy retryPolicy = new RetryPolicy(configuration.getMaxRetries(),
                Duration.ofMillis(configuration.getRetryDelay()), Duration.ofMillis(configuration.getMaxRetryDelay()),
                Duration.ofMillis(configuration.getMaxRetryAfter()));
        ClientSettings settings = new ClientSettings(baseUrl, configuration.getZuoraVersion(),
                configuration.getEntityIds(), configuration.getOrgIds(), configuration.getTrackId(),
                configuration.isGzip(), Duration.ofMillis(configuration.getRequestTimeout()),
                configuration.getMaxResponseSize(), retryPolicy);
        checkCredentials();
        if (configuration.getPageSize() != null) {
            InputChecks.pageSize(configuration.getPageSize(), "option pageSize");
        }
        ZuoraJobsComponent component = getComponent();
        client = new ZuoraJobsClient(component.transport(configuration),
                component.tokens(configuration, baseUrl, retryPolicy), settings, requestsSent,
                component.pacer());
    }

    private static void positive(long millis, String option) {
        if (millis <= 0) {
            throw new IllegalArgumentException("Invalid " + option + " " + millis + " ms: it must be more than 0 (a"
                                               + " duration such as 30s or 30000)");
        }
    }

    private void checkCredentials() {
        boolean token = configuration.getAccessToken() != null;
        boolean oauth = configuration.getClientId() != null || configuration.getClientSecret() != null;
        if (token && oauth) {
            throw new IllegalArgumentException("zuora-jobs has both accessToken and clientId/clientSecret set;"
                                               + " configure one way to authenticate");
        }
        if (!token && (configuration.getClientId() == null || configuration.getClientSecret() == null)) {
            throw new IllegalArgumentException("zuora-jobs needs credentials: set clientId and clientSecret (OAuth client"
                                               + " credentials; tokens are fetched and renewed for you) or accessToken"
                                               + " (a static bearer token)"
                                               + (oauth ? "; only one of clientId and clientSecret is set" : ""));
        }
    }

    /** How many HTTP requests this endpoint's client has sent to Zuora, retries included. */
    public long getRequestsSent() {
        return requestsSent.sum();
    }

    /** The client all producers and consumers of this endpoint call Zuora through. */
    public ZuoraJobsClient getClient() {
        return client;
    }

    public ZuoraJobsOperation getOperation() {
        return operation;
    }

    /** What the endpoint does. */
    public void setOperation(ZuoraJobsOperation operation) {
        this.operation = operation;
    }

    public ZuoraJobsConfiguration getConfiguration() {
        return configuration;
    }

    /** The endpoint's options. */
    public void setConfiguration(ZuoraJobsConfiguration configuration) {
        this.configuration = configuration;
    }
}
