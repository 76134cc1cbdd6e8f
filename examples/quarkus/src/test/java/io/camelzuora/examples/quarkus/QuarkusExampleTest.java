package io.camelzuora.examples.quarkus;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.camelzuora.examples.support.LoadOutcome;
import io.camelzuora.jobs.ZuoraJobsComponent;
import io.camelzuora.jobs.ZuoraJobsConfiguration;
import io.camelzuora.simulator.StatusTransition;
import io.camelzuora.simulator.ZuoraSimulator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Quarkus application in JVM mode on Camel 4.18 against the embedded simulator running 4 times faster: the
 * component is bound from {@code application.properties}, and the load goes through its whole lifecycle.
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
    void runsTheLoadThroughItsLifecycle() throws Exception {
        ZuoraSimulator simulator = zuora.simulator().orElseThrow();
        assertThat(outcome.awaitEnd(60, TimeUnit.SECONDS)).isEqualTo("failed");
        List<String> truth = simulator.transitions().stream().map(StatusTransition::to).toList();
        assertThat(truth).containsExactly("pending", "in_progress", "failed");
        assertThat(outcome.statuses()).isSubsetOf(truth).endsWith("failed")
                .isSortedAccordingTo((a, b) -> Integer.compare(truth.indexOf(a), truth.indexOf(b)));
        assertThat(outcome.rowErrorCount()).isEqualTo(1);
        assertThat(simulator.requests()).filteredOn(r -> r.path().startsWith("/objects/"))
                .allSatisfy(r -> assertThat(r.header("Zuora-Track-Id")).isEqualTo("quarkus-example"));
    }
}
