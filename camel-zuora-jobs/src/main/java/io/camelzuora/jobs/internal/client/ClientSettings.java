package io.camelzuora.jobs.internal.client;

import java.net.URI;
import java.time.Duration;

/**
 * What every call of one client sends and how it waits, resolved once from options checked when the route started.
 *
 * @param baseUrl          the REST host, e.g. {@code https://rest.zuora.com}
 * @param zuoraVersion     {@code Zuora-Version}, or {@code null}
 * @param entityIds        {@code Zuora-Entity-Ids}, or {@code null}
 * @param orgIds           {@code Zuora-Org-Ids}, or {@code null}
 * @param trackId          the default {@code Zuora-Track-Id}, or {@code null}
 * @param gzip             whether to ask for gzip responses
 * @param requestTimeout   how long to wait for a response
 * @param maxResponseBytes the largest (inflated) response body accepted
 * @param retryPolicy      the retries of retryable failures
 */
public record ClientSettings(URI baseUrl, String zuoraVersion, String entityIds, String orgIds, String trackId,
        boolean gzip, Duration requestTimeout, long maxResponseBytes, RetryPolicy retryPolicy) {
}
