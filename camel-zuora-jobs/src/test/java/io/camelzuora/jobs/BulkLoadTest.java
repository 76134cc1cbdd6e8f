package io.camelzuora.jobs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.camelzuora.jobs.exception.ZuoraJobFailedException;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.jobs.model.JobRowError;
import io.camelzuora.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole bulk load in one route: submit, upload a CSV file, await the outcome, read the failed rows. */
class BulkLoadTest extends ZuoraJobsTestSupport {

    private static final String GOOD_CSV = "name__c,age__c,flight__c\nAda,36,ZU100\nGrace,45,ZU100\nLinus,28,ZU200\n";
    private static final String BAD_CSV = "name__c,age__c,flight__c\nAda,36,ZU100\n,45,ZU100\nLinus,old,ZU200\n";

    @TempDir
    Path dir;

    @Override
    protected void configure(ZuoraJobsConfiguration configuration) {
        super.configure(configuration);
        configuration.setAwaitInterval(20);
        configuration.setAwaitMaxInterval(50);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:load")
                        .setVariable("csv", body())
                        .to("zuora-jobs:submitJob?object=passenger&jobOperation=create")
                        .setBody(variable("csv"))
                        .to("zuora-jobs:uploadFile")
                        .to("zuora-jobs:awaitJob?awaitTimeout=30s")
                        .to("mock:done")
                        .filter(header(ZuoraJobsConstants.JOB_STATUS).isEqualTo("failed"))
                        .to("zuora-jobs:listErrors")
                        .to("mock:errors");
                from("direct:loadStrict")
                        .setVariable("csv", body())
                        .to("zuora-jobs:submitJob?object=passenger&jobOperation=create")
                        .setBody(variable("csv"))
                        .to("zuora-jobs:uploadFile?gzipUpload=true")
                        .to("zuora-jobs:awaitJob?failOnJobFailure=true");
            }
        };
    }

    @Test
    void loadsACsvFileAndEndsCompleted() throws Exception {
        Path csv = Files.writeString(dir.resolve("passengers.csv"), GOOD_CSV);
        MockEndpoint done = getMockEndpoint("mock:done");
        done.expectedMessageCount(1);

        template.asyncSendBody("direct:load", csv.toFile());
        advanceWhenProcessing();

        done.assertIsSatisfied(10_000);
        CustomObjectBulkJob job = done.getExchanges().get(0).getMessage().getBody(CustomObjectBulkJob.class);
        assertThat(job.getStatus()).isEqualTo("completed");
        assertThat(job.getRecordsProcessed()).isEqualTo(3L);
        assertThat(simulator.records("passenger")).extracting(r -> r.get("name__c"))
                .containsExactlyInAnyOrder("Ada", "Grace", "Linus");
        RecordedRequest upload = simulator.requests().stream().filter(r -> r.path().endsWith("/files")).findFirst()
                .orElseThrow();
        assertThat(upload.header("Content-Type")).isEqualTo("text/csv");
        assertThat(new String(upload.body(), StandardCharsets.UTF_8)).isEqualTo(GOOD_CSV);
        assertThat(upload.header("Idempotency-Key")).isNotBlank()
                .isNotEqualTo(simulator.requests().stream().filter(r -> r.method().equals("POST")
                        && r.path().equals("/objects/jobs")).findFirst().orElseThrow().header("Idempotency-Key"));
    }

    @Test
    void badRowsEndFailedAndListErrorsNamesThem() throws Exception {
        Path csv = Files.writeString(dir.resolve("bad.csv"), BAD_CSV);
        MockEndpoint errors = getMockEndpoint("mock:errors");
        errors.expectedMessageCount(1);

        template.asyncSendBody("direct:load", csv);
        advanceWhenProcessing();

        errors.assertIsSatisfied(10_000);
        Exchange out = errors.getExchanges().get(0);
        CustomObjectBulkJob job = getMockEndpoint("mock:done").getExchanges().get(0).getMessage()
                .getBody(CustomObjectBulkJob.class);
        assertThat(job.getStatus()).isEqualTo("failed");
        assertThat(job.getRecordsProcessed()).isEqualTo(3L);
        @SuppressWarnings("unchecked")
        List<JobRowError> rows = out.getMessage().getBody(List.class);
        assertThat(rows).extracting(JobRowError::getRow).containsExactly(3, 4);
        assertThat(rows.get(0).getRecord().getFields()).containsEntry("age__c", "45").containsEntry("flight__c", "ZU100");
        assertThat(rows.get(1).getRecord().getFields()).containsEntry("name__c", "Linus").containsEntry("age__c", "old");
        assertThat(rows.get(1).getMessage()).contains("age__c");
    }

    @Test
    void failOnJobFailureCarriesTheJobAndItsRowsAndGzipUploadArrivesWhole() throws Exception {
        CompletableFuture<Exchange> result = template.asyncSend("direct:loadStrict",
                e -> e.getMessage().setBody(BAD_CSV.getBytes(StandardCharsets.UTF_8)));
        advanceWhenProcessing();

        Exchange out = result.get(10, TimeUnit.SECONDS);
        assertThat(out.getException()).isInstanceOf(ZuoraJobFailedException.class);
        ZuoraJobFailedException failed = (ZuoraJobFailedException) out.getException();
        assertThat(failed.getJob().getStatus()).isEqualTo("failed");
        assertThat(failed.getRowErrors()).extracting(JobRowError::getRow).containsExactly(3, 4);
        RecordedRequest upload = simulator.requests().stream().filter(r -> r.path().endsWith("/files")).findFirst()
                .orElseThrow();
        assertThat(upload.header("Content-Encoding")).isEqualTo("gzip");
    }

    /** The simulator's clock drives the job: once the upload has put it in progress, let its processing time pass. */
    private void advanceWhenProcessing() {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(
                () -> simulator.jobs().stream().anyMatch(j -> "in_progress".equals(j.status())));
        simulator.clock().advance(Duration.ofSeconds(10));
    }
}
