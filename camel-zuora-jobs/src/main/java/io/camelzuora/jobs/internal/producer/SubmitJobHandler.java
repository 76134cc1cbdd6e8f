package io.camelzuora.jobs.internal.producer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.camelzuora.jobs.ZuoraJobsEndpoint;
import io.camelzuora.jobs.exception.ZuoraConcurrencyLimitException;
import io.camelzuora.jobs.internal.client.CallOptions;
import io.camelzuora.jobs.internal.client.ZuoraJson;
import io.camelzuora.jobs.model.SubmitJobRequest;
import org.apache.camel.Exchange;

/** {@code submitJob}: submits the job the message describes and returns it. */
final class SubmitJobHandler implements SyncProducerHandler {

    private final ZuoraJobsEndpoint endpoint;

    SubmitJobHandler(ZuoraJobsEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void process(Exchange exchange) {
        SubmitJobRequest request = JobRequests.from(exchange, endpoint.getConfiguration());
        CallOptions options = MessageInputs.callOptions(exchange,
                IdempotencyKeys.keyFor(exchange, "submitJob-" + fingerprint(request)));
        try {
            ResultHeaders.setJob(exchange.getMessage(), endpoint.getClient().submitJob(request, options));
        } catch (ZuoraConcurrencyLimitException refused) {
            IdempotencyKeys.renew(exchange);
            throw refused;
        }
        IdempotencyKeys.succeeded(exchange);
    }

    /** Tells apart different requests submitted from one exchange, so each gets its own key. */
    private static String fingerprint(SubmitJobRequest request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(ZuoraJson.mapper().writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint the job request " + request, e);
        }
    }
}
