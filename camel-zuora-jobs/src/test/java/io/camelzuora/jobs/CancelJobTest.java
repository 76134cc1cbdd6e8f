package io.camelzuora.jobs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.camelzuora.jobs.exception.ZuoraJobNotCancellableException;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.jobs.model.FilterCondition;
import io.camelzuora.jobs.model.FilterOperator;
import io.camelzuora.jobs.model.JobFilter;
import io.camelzuora.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A delete job with a filter is submitted and cancelled while accepted; cancelling it again fails clearly. */
class CancelJobTest extends ZuoraJobsTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:delete").to("zuora-jobs:submitJob?object=passenger&jobOperation=delete");
                from("direct:cancel").to("zuora-jobs:cancelJob");
            }
        };
    }

    @Test
    void submitsADeleteJobWithAFilterAndCancelsIt() {
        Exchange submitted = template.request("direct:delete", e -> e.getMessage().setHeader(
                ZuoraJobsConstants.JOB_FILTER, JobFilter.of(
                        new FilterCondition("CreatedDate", FilterOperator.LT, "2020-01-01T00:00:00.000Z"),
                        new FilterCondition("age__c", FilterOperator.GE, 30))));
        assertThat(submitted.getException()).isNull();
        CustomObjectBulkJob job = submitted.getMessage().getBody(CustomObjectBulkJob.class);
        assertThat(job.getStatus()).isEqualTo("accepted");
        assertThat(job.getOperation()).isEqualTo("delete");
        assertThat(submitted.getMessage().getHeader(ZuoraJobsConstants.JOB_ID)).isEqualTo(job.getId());
        RecordedRequest submit = simulator.requests().stream().filter(r -> r.path().equals("/objects/jobs")).findFirst()
                .orElseThrow();
        assertThat(new String(submit.body(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"namespace\":\"default\",\"object\":\"passenger\",\"operation\":\"delete\",\"filter\":{\"conditions\":"
                                                                                + "[{\"field\":\"CreatedDate\",\"operator\":\"LT\",\"value\":\"2020-01-01T00:00:00.000Z\"},"
                                                                                + "{\"field\":\"age__c\",\"operator\":\"GE\",\"value\":30}]}}");

        Exchange cancelled = cancel(job.getId());
        assertThat(cancelled.getException()).isNull();
        assertThat(cancelled.getMessage().getBody(CustomObjectBulkJob.class).getStatus()).isEqualTo("cancelled");
        assertThat(simulator.job(job.getId()).status()).isEqualTo("cancelled");

        Exchange again = cancel(job.getId());
        assertThat(again.getException()).isInstanceOf(ZuoraJobNotCancellableException.class)
                .hasMessageStartingWith("Job " + job.getId() + " cannot be cancelled: it is cancelled, and only accepted"
                                        + " or pending jobs can be cancelled");
        ZuoraJobNotCancellableException refused = (ZuoraJobNotCancellableException) again.getException();
        assertThat(refused.getJobStatus()).isEqualTo("cancelled");
        assertThat(refused.getHttpStatus()).isEqualTo(400);
    }

    @Test
    void acceptsTheFilterAsJsonTextOrAListOfMaps() {
        Exchange fromJson = template.request("direct:delete", e -> e.getMessage().setHeader(
                ZuoraJobsConstants.JOB_FILTER,
                "{\"conditions\":[{\"field\":\"flight__c\",\"operator\":\"EQ\",\"value\":\"ZU100\"}]}"));
        Exchange fromMaps = template.request("direct:delete", e -> e.getMessage().setHeader(
                ZuoraJobsConstants.JOB_FILTER, List.of(Map.of("field", "flight__c", "operator", "EQ",
                        "value", "ZU200"))));

        assertThat(fromJson.getException()).isNull();
        assertThat(fromMaps.getException()).isNull();
        assertThat(simulator.requests().stream().filter(r -> r.path().equals("/objects/jobs"))
                .map(r -> new String(r.body(), StandardCharsets.UTF_8)))
                .anyMatch(body -> body.contains("\"value\":\"ZU100\""))
                .anyMatch(body -> body.contains("\"value\":\"ZU200\""));
    }

    private Exchange cancel(String jobId) {
        return template.request("direct:cancel", e -> e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, jobId));
    }
}
