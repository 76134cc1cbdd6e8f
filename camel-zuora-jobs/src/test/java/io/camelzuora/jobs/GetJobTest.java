package io.camelzuora.jobs;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelzuora.jobs.internal.client.ZuoraJson;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.jobs.model.JobAction;
import io.camelzuora.jobs.model.JobStatus;
import io.camelzuora.simulator.SimJob;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GetJobTest extends ZuoraJobsTestSupport {

    private static final String EXAMPLE_ID = "ed4b9701-bafb-4976-8019-b08269430153";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").to("zuora-jobs:getJob");
                from("direct:byOption").to("zuora-jobs:getJob?jobId=" + EXAMPLE_ID);
            }
        };
    }

    @Test
    void returnsTheSeedExampleWithEveryFieldAndHeader() throws Exception {
        SimJob seeded = simulator.seedExampleJob();

        Exchange out = template.request("direct:get", e -> e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, EXAMPLE_ID));

        assertThat(out.getException()).isNull();
        CustomObjectBulkJob job = out.getMessage().getBody(CustomObjectBulkJob.class);
        assertThat(job.getId()).isEqualTo(EXAMPLE_ID);
        assertThat(job.getStatus()).isEqualTo("failed");
        assertThat(job.getJobStatus()).isEqualTo(JobStatus.FAILED);
        assertThat(job.isTerminal()).isTrue();
        assertThat(job.getError().getCode()).isEqualTo(71012560L);
        assertThat(job.getError().getMessage()).isEqualTo("Service limit reached, please retry later.");
        assertThat(job.getCreatedById()).isEqualTo("7b39d73f-22e6-404a-b8e7-894f7620e91c");
        assertThat(job.getUpdatedById()).isEqualTo("7b39d73f-22e6-404a-b8e7-894f7620e91c");
        assertThat(job.getCreatedDate()).isEqualTo("2021-03-15T06:47:18Z");
        assertThat(job.getUpdatedDate()).isEqualTo("2021-03-15T06:47:18Z");
        assertThat(job.getNamespace()).isEqualTo("default");
        assertThat(job.getObject()).isEqualTo("passenger");
        assertThat(job.getOperation()).isEqualTo("delete");
        assertThat(job.getJobAction()).isEqualTo(JobAction.DELETE);
        assertThat(job.getProcessingTime()).isEqualTo(1882L);
        assertThat(job.getRecordsProcessed()).isEqualTo(500L);

        assertThat(out.getMessage().getHeader(ZuoraJobsConstants.JOB_ID)).isEqualTo(EXAMPLE_ID);
        assertThat(out.getMessage().getHeader(ZuoraJobsConstants.JOB_STATUS)).isEqualTo("failed");
        assertThat(out.getMessage().getHeader(ZuoraJobsConstants.REQUEST_ID, String.class)).hasSize(36);
        assertThat(out.getMessage().getHeader(ZuoraJobsConstants.RATE_LIMIT_REMAINING, Long.class)).isPositive();

        JsonNode wire = ZuoraJson.mapper().readTree(seeded.toJson());
        assertThat(ZuoraJson.mapper().readTree(ZuoraJson.mapper().writeValueAsString(job))).isEqualTo(wire);
    }

    @Test
    void convertsTheJobToJsonTextAndToAMap() throws Exception {
        SimJob seeded = simulator.seedExampleJob();
        Exchange out = template.request("direct:get", e -> e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, EXAMPLE_ID));

        String json = out.getMessage().getBody(String.class);
        assertThat(ZuoraJson.mapper().readTree(json)).isEqualTo(ZuoraJson.mapper().readTree(seeded.toJson()));
        assertThat(json).contains("\"Id\":\"" + EXAMPLE_ID + "\"", "\"recordsProcessed\":500");

        Map<?, ?> map = out.getMessage().getBody(Map.class);
        assertThat(map.get("Id")).isEqualTo(EXAMPLE_ID);
        assertThat(map.get("status")).isEqualTo("failed");
        assertThat(((Map<?, ?>) map.get("error")).get("code")).isEqualTo(71012560L);
    }

    @Test
    void takesTheJobIdFromTheOptionWhenNoHeaderGivesOne() {
        simulator.seedExampleJob();

        CustomObjectBulkJob job = template.requestBody("direct:byOption", null, CustomObjectBulkJob.class);

        assertThat(job.getId()).isEqualTo(EXAMPLE_ID);
    }

    @Test
    void theHeaderWinsOverTheOption() {
        simulator.seedExampleJob();
        SimJob other = simulator.createJob("passenger", "create");

        CustomObjectBulkJob job = template.requestBodyAndHeader("direct:byOption", null, ZuoraJobsConstants.JOB_ID,
                other.id(), CustomObjectBulkJob.class);

        assertThat(job.getId()).isEqualTo(other.id());
        assertThat(job.getStatus()).isEqualTo("pending");
    }

    @Test
    void keepsAStatusAndOperationItDoesNotKnow() throws Exception {
        SimJob job = simulator.createJob("passenger", "create");
        simulator.scheduleStatus(job.id(), java.time.Duration.ZERO, "open");

        CustomObjectBulkJob fetched = template.requestBodyAndHeader("direct:get", null, ZuoraJobsConstants.JOB_ID,
                job.id(), CustomObjectBulkJob.class);

        assertThat(fetched.getStatus()).isEqualTo("open");
        assertThat(fetched.getJobStatus()).isEqualTo(JobStatus.UNKNOWN);
        assertThat(fetched.isTerminal()).isFalse();
        CustomObjectBulkJob parsed = ZuoraJson.mapper().readValue(
                "{\"Id\":\"" + job.id() + "\",\"operation\":\"merge\",\"status\":\"archived\",\"newField\":{\"a\":1}}",
                CustomObjectBulkJob.class);
        assertThat(parsed.getJobAction()).isEqualTo(JobAction.UNKNOWN);
        assertThat(parsed.getOperation()).isEqualTo("merge");
        assertThat(parsed.getStatus()).isEqualTo("archived");
    }

    @Test
    void theOperationHeaderMustNameAProducerOperation() {
        Exchange out = template.request("direct:get", e -> {
            e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, EXAMPLE_ID);
            e.getMessage().setHeader(ZuoraJobsConstants.OPERATION, "fetchEverything");
        });

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'fetchEverything'").hasMessageContaining(ZuoraJobsConstants.OPERATION)
                .hasMessageContaining("getJob");
        assertThat(simulator.requestCount("GET", "/objects/jobs.*")).isZero();
    }

    @Test
    void theOperationHeaderSelectsTheOperation() {
        simulator.seedExampleJob();
        Exchange out = template.request("direct:get", e -> {
            e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, EXAMPLE_ID);
            e.getMessage().setHeader(ZuoraJobsConstants.OPERATION, "getJob");
        });

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(ZuoraJobsConstants.JOB_STATUS)).isEqualTo("failed");
    }
}
