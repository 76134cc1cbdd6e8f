package io.camelzuora.examples.javadsl;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.LongStream;

import io.camelzuora.examples.support.ExampleTenant;
import io.camelzuora.examples.support.LoadOutcome;
import io.camelzuora.examples.support.Passengers;
import io.camelzuora.jobs.model.BulkLoadPart;
import io.camelzuora.jobs.model.BulkLoadResult;
import io.camelzuora.jobs.model.LoadRowError;
import io.camelzuora.simulator.StatusTransition;
import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The example's load against the embedded simulator, its clock running 10 times faster than the wall clock: the records
 * go in several parts, never more than 5 jobs open, every valid record is created once, the refused ones are reported
 * with their numbers in the input, and the watch reports every part's job up to its end. Against a Zuora that cannot be
 * reached, the example ends with exit status 1.
 */
class ZuoraJobsExampleTest {

    private static final Passengers PASSENGERS = new Passengers();

    @Test
    void loadsThePassengersInPartsAndReportsTheRefusedRecords() throws Exception {
        try (ExampleTenant tenant = ExampleTenant.fromEnvironment(10)) {
            assertThat(tenant.isSimulated()).isTrue();
            ZuoraSimulator simulator = tenant.simulator();
            LoadOutcome outcome = new LoadOutcome();
            Main main = ZuoraJobsExample.createMain(tenant, outcome);
            main.start();
            try {
                assertThat(outcome.awaitExitStatus(Duration.ofSeconds(60))).isZero();
                BulkLoadResult result = outcome.awaitResult(Duration.ZERO);

                assertThat(result.getRecordsRead()).isEqualTo(PASSENGERS.getCount());
                assertThat(result.getParts()).hasSizeGreaterThan(5);
                assertThat(simulator.peakActiveJobs()).isLessThanOrEqualTo(5);
                assertThat(result.getRowErrors()).extracting(LoadRowError::getRecordNumber)
                        .containsExactlyElementsOf(LongStream.rangeClosed(1, PASSENGERS.invalidCount())
                                .map(n -> n * Passengers.INVALID_EVERY).boxed().toList());
                assertThat(result.getFailedRecordsCsv()).startsWith("name__c,age__c,flight__c\r\n")
                        .contains("Passenger 500,forty-one,").hasLineCount(1 + PASSENGERS.invalidCount());
                List<String> created = simulator.records("passenger").stream().map(r -> r.get("name__c")).toList();
                assertThat(created).doesNotHaveDuplicates()
                        .hasSize(PASSENGERS.getCount() - PASSENGERS.invalidCount());

                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    Map<String, List<String>> watched = outcome.statusesByJob();
                    for (BulkLoadPart part : result.getParts()) {
                        assertThat(watched.get(part.getJobId())).as("the watch on part " + part.getIndex())
                                .isNotNull().endsWith(part.getStatus());
                    }
                });
                for (BulkLoadPart part : result.getParts()) {
                    List<String> truth = simulator.transitions().stream()
                            .filter(t -> t.jobId().equals(part.getJobId())).map(StatusTransition::to).toList();
                    assertThat(outcome.statusesByJob().get(part.getJobId())).isSubsetOf(truth);
                }
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
        LoadOutcome outcome = new LoadOutcome();
        try (ExampleTenant nowhere = ExampleTenant.at("http://127.0.0.1:" + closedPort, "client", "secret")) {
            assertThat(ZuoraJobsExample.run(nowhere, outcome, Duration.ofSeconds(60))).isEqualTo(1);
        }
        assertThatThrownBy(() -> outcome.awaitResult(Duration.ZERO)).isInstanceOf(ExecutionException.class)
                .hasMessageContaining(String.valueOf(closedPort));
    }
}
