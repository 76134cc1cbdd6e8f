package io.camelzuora.examples.yamldsl;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import io.camelzuora.examples.support.ExampleTenant;
import io.camelzuora.examples.support.LoadOutcome;
import io.camelzuora.examples.support.Passengers;
import io.camelzuora.jobs.model.BulkLoadPart;
import io.camelzuora.jobs.model.BulkLoadResult;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The YAML routes' load against the embedded simulator running 10 times faster than the wall clock: several parts,
 * every refused record reported by its number in the input, every part's job watched to its end; and exit status 1 when
 * Zuora cannot be reached.
 */
class YamlDslExampleTest {

    @Test
    void loadsThePassengersInPartsAndWatchesEveryJob() throws Exception {
        Passengers passengers = new Passengers();
        try (ExampleTenant tenant = ExampleTenant.fromEnvironment(10)) {
            assertThat(tenant.isSimulated()).isTrue();
            LoadOutcome outcome = new LoadOutcome();
            Main main = YamlDslExample.createMain(tenant, outcome);
            main.start();
            try {
                assertThat(outcome.awaitExitStatus(Duration.ofSeconds(60))).isZero();
                BulkLoadResult result = outcome.awaitResult(Duration.ZERO);
                assertThat(result.getRecordsRead()).isEqualTo(passengers.getCount());
                assertThat(result.getParts()).hasSizeGreaterThan(5);
                assertThat(result.getRowErrors()).hasSize(passengers.getCount() / Passengers.INVALID_EVERY)
                        .allSatisfy(error -> assertThat(error.getRecordNumber() % Passengers.INVALID_EVERY).isZero());
                assertThat(tenant.simulator().records("passenger"))
                        .hasSize(passengers.getCount() - passengers.invalidCount());

                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    for (BulkLoadPart part : result.getParts()) {
                        assertThat(outcome.statusesByJob().get(part.getJobId())).as("part " + part.getIndex())
                                .isNotNull().endsWith(part.getStatus());
                    }
                });
            } finally {
                main.stop();
            }
        }
    }

    @Test
    void endsWithExitStatusOneWhenZuoraCannotBeReached() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (ExampleTenant nowhere = ExampleTenant.at("http://127.0.0.1:" + closedPort, "client", "secret")) {
            assertThat(YamlDslExample.run(nowhere, new LoadOutcome(), Duration.ofSeconds(60))).isEqualTo(1);
        }
    }
}
