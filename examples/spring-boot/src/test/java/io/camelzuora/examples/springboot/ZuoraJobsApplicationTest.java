package io.camelzuora.examples.springboot;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.camelzuora.examples.support.ExampleTenant;
import io.camelzuora.examples.support.LoadOutcome;
import io.camelzuora.jobs.ZuoraJobsComponent;
import io.camelzuora.jobs.ZuoraJobsConfiguration;
import io.camelzuora.simulator.StatusTransition;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as Spring Boot starts it, against the embedded simulator running 10 times faster: the component is
 * configured from {@code application.yaml} through the starter, and the load runs its whole lifecycle.
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
    void runsTheLoadThroughItsLifecycle() throws Exception {
        assertThat(outcome.awaitEnd(60, TimeUnit.SECONDS)).isEqualTo("failed");
        List<String> truth = TENANT.simulator().transitions().stream().map(StatusTransition::to).toList();
        assertThat(truth).containsExactly("pending", "in_progress", "failed");
        assertThat(outcome.statuses()).isSubsetOf(truth).endsWith("failed")
                .isSortedAccordingTo((a, b) -> Integer.compare(truth.indexOf(a), truth.indexOf(b)));
        assertThat(outcome.rowErrorCount()).isEqualTo(1);
    }
}
