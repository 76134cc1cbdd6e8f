package io.camelzuora.jobs.internal.client;

import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;

import io.camelzuora.jobs.exception.ZuoraJobNotFoundException;
import org.apache.hc.core5.http.HttpEntity;

/**
 * One call to Zuora, fully resolved: method, URI, headers (without {@code Authorization}, which is added per attempt)
 * and a body that can be produced again for each attempt.
 *
 * @param method      {@code GET}, {@code POST} or {@code PATCH}
 * @param uri         the absolute URI
 * @param headers     request headers in sending order; not copied, so pass a map nobody changes afterwards
 * @param body        makes a fresh entity per attempt, or {@code null} for no body
 * @param jobId       the job the call is about, so a 404 becomes {@link ZuoraJobNotFoundException}; may be {@code null}
 * @param trackId     the {@code Zuora-Track-Id} sent, for error messages; may be {@code null}
 * @param retrySafe   whether repeating the call cannot do harm (GET, or POST/PATCH with an {@code Idempotency-Key}, and
 *                    a body that can be sent again)
 * @param description how the call is named in messages and logs, e.g. {@code GET /objects/jobs/{id}}
 * @param permission  the Zuora permission the call needs, named when Zuora answers 403; {@code null} for none
 */
public record ApiRequest(String method, URI uri, Map<String, String> headers, Supplier<HttpEntity> body, String jobId,
        String trackId, boolean retrySafe, String description, String permission) {
}
