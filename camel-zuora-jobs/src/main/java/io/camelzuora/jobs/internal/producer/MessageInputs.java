package io.camelzuora.jobs.internal.producer;

import io.camelzuora.jobs.ZuoraJobsConfiguration;
import io.camelzuora.jobs.ZuoraJobsConstants;
import io.camelzuora.jobs.internal.client.CallOptions;
import io.camelzuora.jobs.internal.client.InputChecks;
import org.apache.camel.Exchange;

/** Reads and checks what a message asks for: its job id and its per-message call options. */
final class MessageInputs {

    private MessageInputs() {
    }

    /** The job id from the {@code CamelZuoraJobId} header, else the {@code jobId} option; it must be a UUID. */
    static String jobId(Exchange exchange, ZuoraJobsConfiguration configuration) {
        Object header = exchange.getMessage().getHeader(ZuoraJobsConstants.JOB_ID);
        if (header != null) {
            return InputChecks.jobId(header.toString(), "header " + ZuoraJobsConstants.JOB_ID);
        }
        if (configuration.getJobId() != null) {
            return InputChecks.jobId(configuration.getJobId(), "option jobId");
        }
        throw new IllegalArgumentException(
                "No job id: set the header " + ZuoraJobsConstants.JOB_ID
                                           + " or the endpoint option jobId to the job's UUID");
    }

    /** The call options of this message: its {@code CamelZuoraTrackId}, checked. */
    static CallOptions callOptions(Exchange exchange) {
        return callOptions(exchange, null);
    }

    /** The call options of this message with the {@code Idempotency-Key} of a POST or PATCH. */
    static CallOptions callOptions(Exchange exchange, String idempotencyKey) {
        String trackId = exchange.getMessage().getHeader(ZuoraJobsConstants.TRACK_ID, String.class);
        return new CallOptions(InputChecks.trackId(trackId, "header " + ZuoraJobsConstants.TRACK_ID), idempotencyKey);
    }
}
