package io.camelzuora.jobs.internal.consumer;

import io.camelzuora.jobs.ZuoraJobsConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** Fills an exchange with a {@link JobChange}: the job as body and the watch headers (the row errors come later). */
final class ChangeMessages {

    private ChangeMessages() {
    }

    static void fill(Exchange exchange, JobChange change) {
        Message message = exchange.getMessage();
        message.setBody(change.job());
        message.setHeader(ZuoraJobsConstants.JOB_ID, change.job().getId());
        message.setHeader(ZuoraJobsConstants.JOB_STATUS, change.job().getStatus());
        if (change.before().status() != null) {
            message.setHeader(ZuoraJobsConstants.JOB_PREVIOUS_STATUS, change.before().status());
        }
        message.setHeader(ZuoraJobsConstants.JOB_TERMINAL, change.job().isTerminal());
        if (change.timeout()) {
            message.setHeader(ZuoraJobsConstants.JOB_TIMED_OUT, true);
        }
    }
}
