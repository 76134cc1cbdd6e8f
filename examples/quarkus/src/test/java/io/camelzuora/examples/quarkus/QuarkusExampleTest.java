package io.camelzuora.examples.quarkus;

import java.time.Duration;

import jakarta.inject.Inject;

import io.camelzuora.examples.support.LoadOutcome;
import io.camelzuora.examples.support.Passengers;
import io.camelzuora.jobs.ZuoraJobsComponent;
import io.camelzuora.jobs.ZuoraJobsConfiguration;
import io.camelzuora.jobs.model.BulkLoadPart;
import io.camelzuora.jobs.model.BulkLoadResult;
import io.camelzuora.simulator.ZuoraSimulator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Quarkus application in JVM mode on Camel 4.18 against the embedded simulator running 4 times faster: the
 * component is bound from {@code application.properties}, and the load runs in several parts to its end, each part's
 * job watched to its end.
 */
@QuarkusTest
@QuarkusTestResource(FastSimulatorOnFreePort.class)
class QuarkusExampleTest {

    @Inject
    CamelContext camelContext;
    @Inject
    EmbeddedZuora zuora;
    @Inject
    LoadOutcome outcome;
    @Inject
    Passengers passengers;

    @Test
    void theComponentIsBoundFromApplicationProperties() {
        ZuoraSimulator simulator = zuora.simulator().orElseThrow();
        ZuoraJobsConfiguration configuration = camelContext.getComponent("zuora-jobs", ZuoraJobsComponent.class)
                .getConfiguration();
        assertThat(configuration.getBaseUrl()).isEqualTo(simulator.baseUrl());
        assertThat(configuration.getRequestTimeout()).isEqualTo(30_000L);
        assertThat(configuration.getMaxRetries()).isEqualTo(5);
        assertThat(configuration.getTrackId()).isEqualTo("quarkus-example");
    }

    @Test
    void loadsThePassengersInPartsAndWatchesEveryJob() throws Exception {
        ZuoraSimulator simulator = zuora.simulator().orElseThrow();
        BulkLoadResult result = outcome.awaitResult(Duration.ofSeconds(60));
        assertThat(result.getRecordsRead()).isEqualTo(passengers.getCount());
        assertThat(result.getParts()).hasSizeGreaterThan(5);
        assertThat(result.getRowErrors()).hasSize(passengers.invalidCount())
                .allSatisfy(error -> assertThat(error.getRecordNumber() % Passengers.INVALID_EVERY).isZero());
        assertThat(simulator.records("passenger")).hasSize(passengers.getCount() - passengers.invalidCount());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (BulkLoadPart part : result.getParts()) {
                assertThat(outcome.statusesByJob().get(part.getJobId())).as("part " + part.getIndex())
                        .isNotNull().endsWith(part.getStatus());
            }
        });
        assertThat(simulator.requests()).filteredOn(r -> r.path().startsWith("/objects/"))
                .allSatisfy(r -> assertThat(r.header("Zuora-Track-Id")).isEqualTo("quarkus-example"));
    }
}
