package io.camelzuora.examples.javadsl;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.camelzuora.examples.support.ExampleTenant;
import io.camelzuora.examples.support.LoadOutcome;
import io.camelzuora.simulator.StatusTransition;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example's bulk load against the embedded simulator, its clock running 10 times faster than the wall clock: the
 * job is submitted, its CSV uploaded, its lifecycle reported by the watch up to {@code failed} (one row of the CSV is
 * invalid), and its failed row fetched. The watch consumer's JMX attributes show what it did.
 */
class ZuoraJobsExampleTest {

    @Test
    void runsTheLoadAndReportsItsLifecycleAndFailedRows() throws Exception {
        try (ExampleTenant tenant = ExampleTenant.fromEnvironment(10)) {
            assertThat(tenant.isSimulated()).isTrue();
            LoadOutcome outcome = new LoadOutcome();
            Main main = ZuoraJobsExample.createMain(tenant, outcome);
            main.start();
            try {
                assertThat(outcome.awaitEnd(60, TimeUnit.SECONDS)).isEqualTo("failed");

                List<String> truth = tenant.simulator().transitions().stream().map(StatusTransition::to).toList();
                assertThat(truth).containsExactly("pending", "in_progress", "failed");
                assertThat(outcome.statuses()).isSubsetOf(truth).endsWith("failed")
                        .isSortedAccordingTo((a, b) -> Integer.compare(truth.indexOf(a), truth.indexOf(b)));
                assertThat(outcome.rowErrorCount()).isEqualTo(1);

                MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
                ObjectName watch = watchConsumer(jmx);
                assertThat(jmx.getAttribute(watch, "TrackedJobCount")).isEqualTo(1);
                assertThat(jmx.getAttribute(watch, "ChangesEmitted")).isEqualTo((long) outcome.statuses().size());
                assertThat((Long) jmx.getAttribute(watch, "PollCount")).isPositive();
                assertThat(jmx.getAttribute(watch, "FailedPollCount")).isEqualTo(0L);
                assertThat((Long) jmx.getAttribute(watch, "RequestsSent")).isPositive()
                        .isLessThanOrEqualTo(tenant.simulator().requestCount("GET", "/objects/jobs/.*"));
                assertThat((String) jmx.getAttribute(watch, "LastSuccessfulPoll")).isNotEmpty();
            } finally {
                main.stop();
            }
        }
    }

    private static ObjectName watchConsumer(MBeanServer jmx) throws Exception {
        Set<ObjectName> consumers = jmx.queryNames(new ObjectName("org.apache.camel:type=consumers,*"), null);
        for (ObjectName name : consumers) {
            if ("watch".equals(jmx.getAttribute(name, "RouteId"))) {
                return name;
            }
        }
        throw new AssertionError("No MBean of the watch route's consumer among " + consumers);
    }
}
