package io.camelzuora.examples.quarkus;

import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.simulator.ZuoraSimulator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(FreeSimulatorPort.class)
class QuarkusExampleTest {

    @Inject
    ProducerTemplate template;
    @Inject
    EmbeddedZuora zuora;

    @Test
    void fetchesAJob() {
        zuora.simulator().orElseThrow().seedExampleJob();
        CustomObjectBulkJob job = template.requestBody("direct:fetch", ZuoraSimulator.EXAMPLE_JOB_ID,
                CustomObjectBulkJob.class);
        assertThat(job.getId()).isEqualTo(ZuoraSimulator.EXAMPLE_JOB_ID);
    }
}
