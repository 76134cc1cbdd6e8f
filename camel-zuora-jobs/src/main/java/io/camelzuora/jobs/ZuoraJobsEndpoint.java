package io.camelzuora.jobs;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

import io.camelzuora.jobs.internal.OptionChecks;
import io.camelzuora.jobs.internal.client.ClientSettings;
import io.camelzuora.jobs.internal.client.RetryPolicy;
import io.camelzuora.jobs.internal.client.ZuoraJobsClient;
import io.camelzuora.jobs.internal.consumer.WatchConsumer;
import io.camelzuora.jobs.internal.load.BulkLoads;
import io.camelzuora.jobs.internal.producer.ZuoraJobsProducer;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
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
public class ZuoraJobsEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    @UriPath(description = "What the endpoint does. In `to(...)`: `getJob` fetches the job whose id is in the"
                           + " `CamelZuoraJobId` header (or the `jobId` option); `submitJob` submits a job; `uploadFile`"
                           + " uploads the body as the job's CSV; `cancelJob` cancels the job; `listJobs` lists jobs;"
                           + " `listErrors` lists the job's failed rows; `awaitJob` waits, without holding a thread,"
                           + " until the job is completed, failed or cancelled; `load` loads the body's records, of"
                           + " any number, through as many jobs as they need and awaits them all. In `from(...)`: `watch` polls the jobs"
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
            throw new IllegalArgumentException(
                    "zuora-jobs:" + operation + " is a consumer: use it in from(...), not in"
                                               + " to(...)");
        }
        return new ZuoraJobsProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (operation != ZuoraJobsOperation.watch) {
            throw new IllegalArgumentException(
                    "zuora-jobs:" + operation + " is a producer operation: use it in to(...);"
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
        OptionChecks.checkEndpoint(configuration, operation);
        URI baseUrl = URI.create(configuration.getBaseUrl());
        RetryPolicy retryPolicy = new RetryPolicy(
                configuration.getMaxRetries(),
                Duration.ofMillis(configuration.getRetryDelay()), Duration.ofMillis(configuration.getMaxRetryDelay()),
                Duration.ofMillis(configuration.getMaxRetryAfter()));
        ClientSettings settings = new ClientSettings(
                baseUrl, configuration.getZuoraVersion(),
                configuration.getEntityIds(), configuration.getOrgIds(), configuration.getTrackId(),
                configuration.isGzip(), Duration.ofMillis(configuration.getRequestTimeout()),
                configuration.getMaxResponseSize(), retryPolicy);
        ZuoraJobsComponent component = getComponent();
        client = new ZuoraJobsClient(
                component.transport(configuration),
                component.tokens(configuration, baseUrl, retryPolicy), settings, requestsSent,
                component.pacer());
    }

    /** The Zuora REST host this endpoint calls, e.g. {@code https://rest.zuora.com}. */
    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }

    /** How many HTTP requests this endpoint's client has sent to Zuora, retries included. */
    public long getRequestsSent() {
        return requestsSent.sum();
    }

    /** What the loads of this endpoint's component share: the budget of open jobs and the loads in flight. */
    public BulkLoads getBulkLoads() {
        return getComponent().bulkLoads();
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
