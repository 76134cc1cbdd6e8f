package io.camelzuora.jobs.internal.producer;

import io.camelzuora.jobs.ZuoraJobsConfiguration;
import io.camelzuora.jobs.ZuoraJobsConstants;
import io.camelzuora.jobs.ZuoraJobsEndpoint;
import io.camelzuora.jobs.internal.client.CallOptions;
import io.camelzuora.jobs.internal.client.InputChecks;
import io.camelzuora.jobs.internal.client.ZuoraResponse;
import io.camelzuora.jobs.model.JobPage;
import io.camelzuora.jobs.model.JobStatus;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code listJobs}: one page of jobs as a {@code List} with the next page's cursor in {@code CamelZuoraNextCursor}, or
 * with {@code allPages} a lazy {@code Iterator} over every job. Headers override the {@code pageSize}, {@code cursor}
 * and {@code status} options.
 */
final class ListJobsHandler implements SyncProducerHandler {

    private final ZuoraJobsEndpoint endpoint;

    ListJobsHandler(ZuoraJobsEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void process(Exchange exchange) {
        ZuoraJobsConfiguration configuration = endpoint.getConfiguration();
        Message message = exchange.getMessage();
        Integer pageSize = pageSize(message.getHeader(ZuoraJobsConstants.PAGE_SIZE), configuration.getPageSize());
        String cursor = message.getHeader(ZuoraJobsConstants.CURSOR, configuration.getCursor(), String.class);
        String status = status(message, configuration.getStatus());
        CallOptions options = MessageInputs.callOptions(exchange);
        if (configuration.isAllPages()) {
            message.setBody(endpoint.getClient().allJobs(pageSize, cursor, status, options));
            message.removeHeader(ZuoraJobsConstants.NEXT_CURSOR);
            return;
        }
        ZuoraResponse<JobPage> response = endpoint.getClient().listJobs(pageSize, cursor, status, options);
        JobPage page = response.body();
        message.setBody(page.getJobs());
        if (page.getCursor() != null && !page.getJobs().isEmpty()) {
            message.setHeader(ZuoraJobsConstants.NEXT_CURSOR, page.getCursor());
        } else {
            message.removeHeader(ZuoraJobsConstants.NEXT_CURSOR);
        }
        ResultHeaders.setResponseHeaders(message, response);
    }

    /**
     * The status of the header {@code CamelZuoraStatus} (or of its former name), checked here so the message names the
     * header; else the option's, checked when the endpoint started.
     */
    @SuppressWarnings("deprecation")
    private static String status(Message message, JobStatus option) {
        for (String header : new String[] { ZuoraJobsConstants.STATUS, ZuoraJobsConstants.STATUS_FILTER }) {
            Object value = message.getHeader(header);
            if (value != null) {
                JobStatus status = value instanceof JobStatus typed ? typed : JobStatus.of(value.toString());
                if (status == JobStatus.UNKNOWN) {
                    throw new IllegalArgumentException(
                            "Invalid job status " + InputChecks.show(value.toString())
                                                       + " from header " + header + ": use accepted, pending,"
                                                       + " in_progress, completed, failed or cancelled");
                }
                return status.value();
            }
        }
        return option == null ? null : option.value();
    }

    /**
     * The header's page size (a number or its text), checked here so the message names the header; else the option's,
     * checked when the endpoint started.
     */
    private static Integer pageSize(Object header, Integer option) {
        if (header == null) {
            return option;
        }
        String source = "header " + ZuoraJobsConstants.PAGE_SIZE;
        if (header instanceof Integer || header instanceof Short || header instanceof Byte) {
            return InputChecks.pageSize(((Number) header).intValue(), source);
        }
        try {
            return InputChecks.pageSize(Integer.parseInt(header.toString().trim()), source);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(
                    "Invalid pageSize " + InputChecks.show(header.toString()) + " from "
                                               + source + ": Zuora accepts a whole number of jobs per page, 1 to 100");
        }
    }
}
