package io.camelzuora.jobs.health;

import java.util.Map;

import io.camelzuora.jobs.ZuoraJobsEndpoint;
import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.internal.client.CallOptions;
import io.camelzuora.jobs.internal.client.ServerHold;
import io.camelzuora.jobs.internal.client.ZuoraResponse;
import io.camelzuora.jobs.model.JobPage;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.util.URISupport;

/**
 * Whether Zuora answers a {@code zuora-jobs} producer: one cheap authenticated call, {@code GET /objects/jobs} with
 * {@code pageSize=1}, per check. DOWN when the credentials are refused, Zuora is unreachable or answers with an error,
 * with the HTTP status, Zuora's error code and {@code Zuora-Request-Id} in the details; DOWN without a call while a
 * wait Zuora asked for ({@code Retry-After}, {@code RateLimit-Reset}) holds every request, with its end in the details.
 * <p>
 * Opt-in as in Camel's own components: a producer registers its check only when the context has the {@code producers}
 * health-check repository (camel-health with {@code camel.health.producersEnabled=true}), enabled as the component's
 * {@code healthCheckProducerEnabled} says.
 */
public final class ZuoraJobsProducerHealthCheck implements HealthCheck {

    /** Detail: until when a wait Zuora asked for holds every request (ISO-8601). */
    public static final String HOLD_UNTIL = "zuora.hold.until";
    /** Detail: the answer that asked for the wait, e.g. {@code Retry-After: 30}. */
    public static final String HOLD_REASON = "zuora.hold.reason";

    private final ZuoraJobsEndpoint endpoint;
    private final String id;
    private volatile boolean enabled = true;

    private ZuoraJobsProducerHealthCheck(ZuoraJobsEndpoint endpoint, String producerId) {
        this.endpoint = endpoint;
        this.id = "producer:zuora-jobs-" + producerId;
    }

    /**
     * Registers the check of a starting producer, or does nothing when producer health checks are not in use.
     *
     * @return the registered check, to pass to {@link #unregister(HealthCheck, ZuoraJobsEndpoint)}; {@code null} if
     *         none
     */
    public static HealthCheck register(ZuoraJobsEndpoint endpoint, String producerId) {
        WritableHealthCheckRepository producers = producerRepository(endpoint);
        if (producers == null) {
            return null;
        }
        ZuoraJobsProducerHealthCheck check = new ZuoraJobsProducerHealthCheck(endpoint, producerId);
        check.setEnabled(endpoint.getComponent().isHealthCheckProducerEnabled());
        producers.addHealthCheck(check);
        return check;
    }

    /** Removes the check of a stopping producer; {@code check} may be {@code null}. */
    public static void unregister(HealthCheck check, ZuoraJobsEndpoint endpoint) {
        WritableHealthCheckRepository producers = producerRepository(endpoint);
        if (check != null && producers != null) {
            producers.removeHealthCheck(check);
        }
    }

    private static WritableHealthCheckRepository producerRepository(ZuoraJobsEndpoint endpoint) {
        return HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
    }

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public boolean isLiveness() {
        // Zuora being unreachable is no reason to restart the application
        return false;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        builder.detail(ENDPOINT_URI, URISupport.sanitizeUri(endpoint.getEndpointUri()));
        if (!enabled) {
            return builder.detail(CHECK_ENABLED, false).unknown().build();
        }
        check(builder);
        return builder.build();
    }

    private void check(HealthCheckResultBuilder builder) {
        ServerHold hold = endpoint.getClient().hold();
        if (hold != null) {
            // no request may go before then; the check would only wait for it or be refused
            builder.detail(HOLD_UNTIL, hold.until().toString());
            builder.detail(HOLD_REASON, hold.reason());
            builder.message("Zuora asked to wait: no request is sent before " + hold.until() + " (" + hold.reason()
                            + ")")
                    .down();
            return;
        }
        try {
            ZuoraResponse<JobPage> response = endpoint.getClient().listJobs(1, null, null, CallOptions.NONE);
            detailIfPresent(builder, "zuora.request.id", response.requestId());
            builder.up();
        } catch (ZuoraApiException e) {
            if (e.getHttpStatus() > 0) {
                builder.detail(HTTP_RESPONSE_CODE, e.getHttpStatus());
            }
            detailIfPresent(builder, "zuora.error.code", e.getZuoraCode());
            detailIfPresent(builder, "zuora.request.id", e.getRequestId());
            builder.message(e.getMessage()).error(e).down();
        } catch (RuntimeException e) {
            builder.message(e.getMessage()).error(e).down();
        }
    }

    private static void detailIfPresent(HealthCheckResultBuilder builder, String key, String value) {
        if (value != null) {
            builder.detail(key, value);
        }
    }
}
