package io.camelzuora.jobs.internal.producer;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.camelzuora.jobs.ZuoraJobsConfiguration;
import io.camelzuora.jobs.ZuoraJobsConstants;
import io.camelzuora.jobs.internal.client.InputChecks;
import io.camelzuora.jobs.internal.client.ZuoraJson;
import io.camelzuora.jobs.model.FilterCondition;
import io.camelzuora.jobs.model.JobAction;
import io.camelzuora.jobs.model.JobFilter;
import io.camelzuora.jobs.model.SubmitJobRequest;
import org.apache.camel.Exchange;

/**
 * Builds the job request of a {@code submitJob} message, checked. The body is the request when it is a
 * {@link SubmitJobRequest}, a {@code Map} or JSON text; any other body (a CSV file on its way to {@code uploadFile},
 * say) is left alone and the request is made from the options {@code namespace}, {@code object}, {@code jobOperation}
 * and the header {@code CamelZuoraJobFilter}.
 */
final class JobRequests {

    private static final String BODY = "the message body";
    private static final String OPTIONS = "the endpoint options and header " + ZuoraJobsConstants.JOB_FILTER;

    private JobRequests() {
    }

    static SubmitJobRequest from(Exchange exchange, ZuoraJobsConfiguration configuration) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof SubmitJobRequest request) {
            return InputChecks.submitJobRequest(request, BODY);
        }
        if (body instanceof Map<?, ?> map) {
            return InputChecks.submitJobRequest(convert(map, SubmitJobRequest.class, BODY), BODY);
        }
        if (body instanceof String text && (text.stripLeading().startsWith("{") || text.stripLeading().startsWith("["))) {
            return InputChecks.submitJobRequest(parse(text, SubmitJobRequest.class, BODY), BODY);
        }
        if (configuration.getObject() == null && body != null) {
            throw new IllegalArgumentException(
                    "The message body is a " + body.getClass().getName() + ", not a job"
                                               + " request, and option object is not set: send a SubmitJobRequest, a"
                                               + " Map or JSON object text as the body, or set the options object and"
                                               + " jobOperation");
        }
        JobAction action = configuration.getJobOperation();
        SubmitJobRequest request = new SubmitJobRequest(
                configuration.getNamespace().value(), configuration.getObject(),
                action == null ? null : action.value(),
                filter(exchange.getMessage().getHeader(ZuoraJobsConstants.JOB_FILTER)));
        return InputChecks.submitJobRequest(request, OPTIONS);
    }

    private static JobFilter filter(Object header) {
        String source = "header " + ZuoraJobsConstants.JOB_FILTER;
        if (header == null || header instanceof JobFilter) {
            return (JobFilter) header;
        }
        if (header instanceof List<?> conditions) {
            return new JobFilter(
                    conditions.stream()
                            .map(condition -> condition instanceof FilterCondition typed
                                    ? typed : convert(condition, FilterCondition.class, source))
                            .toList());
        }
        if (header instanceof String text) {
            return text.stripLeading().startsWith("[")
                    ? new JobFilter(List.of(parse(text, FilterCondition[].class, source)))
                    : parse(text, JobFilter.class, source);
        }
        if (header instanceof Map<?, ?> map) {
            return convert(map, JobFilter.class, source);
        }
        throw new IllegalArgumentException(
                "The " + source + " is a " + header.getClass().getName() + "; use a JobFilter,"
                                           + " a list of FilterConditions or of maps, or JSON text");
    }

    private static <T> T convert(Object value, Class<T> type, String source) {
        try {
            return ZuoraJson.mapper().convertValue(value, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Cannot read " + source + " as a " + type.getSimpleName() + ": "
                                               + e.getMessage(),
                    e);
        }
    }

    private static <T> T parse(String json, Class<T> type, String source) {
        try {
            return ZuoraJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Cannot read " + source + " as a " + type.getSimpleName() + " (JSON): "
                                               + e.getOriginalMessage(),
                    e);
        }
    }
}
