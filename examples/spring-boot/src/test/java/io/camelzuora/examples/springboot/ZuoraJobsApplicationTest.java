package io.camelzuora.examples.springboot;

import java.time.Duration;

import io.camelzuora.examples.support.ExampleTenant;
import io.camelzuora.examples.support.LoadOutcome;
import io.camelzuora.examples.support.Passengers;
import io.camelzuora.jobs.ZuoraJobsComponent;
import io.camelzuora.jobs.ZuoraJobsConfiguration;
import io.camelzuora.jobs.model.BulkLoadPart;
import io.camelzuora.jobs.model.BulkLoadResult;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application as Spring Boot starts it, against the embedded simulator running 10 times faster: the component is
 * configured from {@code application.yaml} through the starter, and the load runs in several parts to its end, each
 * part's job watched to its end.
 */
@SpringBootTest(properties = "camel.main.run-controller=false")
class ZuoraJobsApplicationTest {

    private static final ExampleTenant TENANT = ExampleTenant.fromEnvironment(10);

    @DynamicPropertySource
    static void tenant(DynamicPropertyRegistry registry) {
        TENANT.tenantProperties().forEach((key, value) -> registry.add((String) key, () -> value));
    }

    @AfterAll
    static void stopTenant() {
        TENANT.close();
    }

    @Autowired
    CamelContext camelContext;
    @Autowired
    LoadOutcome outcome;
    @Autowired
    Passengers passengers;

    @Test
    void theStarterConfiguresTheComponentFromApplicationYaml() {
        ZuoraJobsConfiguration configuration = camelContext.getComponent("zuora-jobs", ZuoraJobsComponent.class)
                .getConfiguration();
        assertThat(configuration.getBaseUrl()).isEqualTo(TENANT.simulator().baseUrl());
        assertThat(configuration.getRequestTimeout()).isEqualTo(30_000L);
        assertThat(configuration.getMaxRetries()).isEqualTo(5);
        assertThat(configuration.getTrackId()).isEqualTo("spring-boot-example");
        assertThat(TENANT.simulator().requests()).filteredOn(r -> r.path().startsWith("/objects/"))
                .allSatisfy(r -> assertThat(r.header("Zuora-Track-Id")).isEqualTo("spring-boot-example"));
    }

    @Test
    void loadsThePassengersInPartsAndWatchesEveryJob() throws Exception {
        BulkLoadResult result = outcome.awaitResult(Duration.ofSeconds(60));
        assertThat(result.getRecordsRead()).isEqualTo(passengers.getCount());
        assertThat(result.getParts()).hasSizeGreaterThan(5);
        assertThat(result.getRowErrors()).hasSize(passengers.invalidCount())
                .allSatisfy(error -> assertThat(error.getRecordNumber() % Passengers.INVALID_EVERY).isZero());
        assertThat(TENANT.simulator().records("passenger")).hasSize(passengers.getCount() - passengers.invalidCount());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (BulkLoadPart part : result.getParts()) {
                assertThat(outcome.statusesByJob().get(part.getJobId())).as("part " + part.getIndex())
                        .isNotNull().endsWith(part.getStatus());
            }
        });
    }
}
