package io.camelzuora.jobs;

import java.util.Map;

import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.exception.ZuoraJobFailedException;
import io.camelzuora.simulator.Fault;
import io.camelzuora.simulator.SimJob;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text from the server goes into exception messages and log lines only cleaned of control characters and shortened; the
 * records of failed rows (customer data) stay out of messages and on the exception's getters.
 */
class HostileServerTextTest extends ZuoraJobsTestSupport {

    private static final String FORGED = "bad row\\r\\n2026-01-01 INFO forged log line\\u001b[2J";
    private static final String LONG = "x".repeat(5_000);

    @Test
    void hostileJobErrorAndRowMessagesAreCleanedAndShortenedAndRowRecordsStayOutOfTheMessage() {
        SimJob job = simulator.createJob("passenger", "create");
        String failed = "{\"Id\": \"" + job.id() + "\", \"namespace\": \"default\", \"object\": \"passenger\","
                        + " \"operation\": \"create\", \"status\": \"failed\", \"error\": {\"code\": 71013620,"
                        + " \"message\": \"" + FORGED + LONG + "\"}}";
        String rows = "{\"errors\": [{\"code\": 71012520, \"message\": \"" + FORGED + "\", \"row\": 2, \"record\":"
                      + " {\"name__c\": \"Ada Lovelace\", \"ssn__c\": \"078-05-1120\"}}]}";
        simulator.faults().on("GET", "/objects/jobs/" + job.id()).respond(Fault.answer(200, failed, Map.of()));
        simulator.faults().on("GET", "/objects/jobs/" + job.id() + "/errors").respond(Fault.answer(200, rows, Map.of()));

        Exchange out = template.request("zuora-jobs:awaitJob?failOnJobFailure=true&awaitInterval=10",
                e -> e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, job.id()));

        assertThat(out.getException()).isInstanceOf(ZuoraJobFailedException.class);
        ZuoraJobFailedException failure = (ZuoraJobFailedException) out.getException();
        assertThat(failure.getMessage()).doesNotContain("\r", "\n", "\u001b").contains("bad row 2026-01-01 INFO forged")
                .doesNotContain("Ada Lovelace", "078-05-1120").hasSizeLessThan(1_000);
        assertThat(failure.getRowErrors()).singleElement()
                .satisfies(row -> assertThat(row.getRecord().getFields()).containsEntry("ssn__c", "078-05-1120"));
        assertThat(requestJob("zuora-jobs:getJob", job.id()).getException()).isNull();
    }

    @Test
    void hostileErrorMessageAndRequestIdAreCleanedAndShortenedInTheException() {
        SimJob job = simulator.createJob("passenger", "create");
        simulator.faults().on("GET", "/objects/jobs/.*").respond(Fault.answer(400,
                "{\"code\": 71013020, \"message\": \"" + FORGED + LONG + "\"}",
                Map.of("Zuora-Request-Id", "r".repeat(3_000))));

        Exchange out = requestJob("zuora-jobs:getJob", job.id());

        assertThat(out.getException()).isInstanceOf(ZuoraApiException.class);
        assertThat(out.getException().getMessage()).doesNotContain("\r", "\n", "\u001b")
                .contains("bad row 2026-01-01 INFO forged").hasSizeLessThan(1_000);
        assertThat(requestJob("zuora-jobs:getJob", job.id()).getException()).isNull();
    }
}
