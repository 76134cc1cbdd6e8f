package io.camelzuora.jobs.internal.producer;

import io.camelzuora.jobs.ZuoraJobsConstants;
import io.camelzuora.jobs.internal.client.ZuoraResponse;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import org.apache.camel.Message;

/** Puts a call's result on the message: the body, the job headers and Zuora's response headers. */
final class ResultHeaders {

    private ResultHeaders() {
    }

    static void setJob(Message message, ZuoraResponse<CustomObjectBulkJob> response) {
        CustomObjectBulkJob job = response.body();
        message.setBody(job);
        message.setHeader(ZuoraJobsConstants.JOB_ID, job.getId());
        message.setHeader(ZuoraJobsConstants.JOB_STATUS, job.getStatus());
        setResponseHeaders(message, response);
    }

    static void setResponseHeaders(Message message, ZuoraResponse<?> response) {
        setOrRemove(message, ZuoraJobsConstants.REQUEST_ID, response.requestId());
        setOrRemove(message, ZuoraJobsConstants.TRACK_ID, response.trackId());
        setOrRemove(message, ZuoraJobsConstants.RATE_LIMIT_REMAINING, response.rateLimitRemaining());
    }

    private static void setOrRemove(Message message, String name, Object value) {
        if (value != null) {
            message.setHeader(name, value);
        } else {
            message.removeHeader(name);
        }
    }
}
