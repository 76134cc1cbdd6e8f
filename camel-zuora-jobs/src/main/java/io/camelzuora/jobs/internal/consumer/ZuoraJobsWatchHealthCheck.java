package io.camelzuora.jobs.internal.consumer;

import java.util.Map;

import io.camelzuora.jobs.health.ZuoraJobsProducerHealthCheck;
import io.camelzuora.jobs.internal.client.ServerHold;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.support.ScheduledPollConsumerHealthCheck;

/**
 * The watch consumer's health: Camel's polling check, and DOWN while a wait Zuora asked for holds the watch's requests,
 * with when it ends in the details ({@code zuora.hold.until}, {@code zuora.hold.reason}); such polls send nothing and
 * would otherwise look healthy.
 */
final class ZuoraJobsWatchHealthCheck extends ScheduledPollConsumerHealthCheck {

    private final WatchConsumer consumer;

    ZuoraJobsWatchHealthCheck(WatchConsumer consumer, String id) {
        super(consumer, id);
        this.consumer = consumer;
    }

    @Override
    public Result call(Map<String, Object> options) {
        Result polling = super.call(options);
        ServerHold hold = consumer.serverHold();
        if (hold == null || !isEnabled()) {
            return polling;
        }
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        builder.details(polling.getDetails());
        builder.detail(ZuoraJobsProducerHealthCheck.HOLD_UNTIL, hold.until().toString());
        builder.detail(ZuoraJobsProducerHealthCheck.HOLD_REASON, hold.reason());
        polling.getError().ifPresent(builder::error);
        return builder.message("Zuora asked to wait: no request is sent before " + hold.until() + " (" + hold.reason()
                               + ")")
                .down().build();
    }
}
