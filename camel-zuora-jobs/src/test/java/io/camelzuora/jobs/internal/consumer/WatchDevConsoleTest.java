package io.camelzuora.jobs.internal.consumer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.camelzuora.simulator.Fault;
import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators see of a running watch in the {@code zuora-jobs} dev console: the tracked jobs with status and age,
 * and the counters, after real polls (one of them failed) against the simulator. The same counters are the consumer's
 * JMX attributes, tested with JMX on in the Java DSL example.
 */
class WatchDevConsoleTest extends WatchTestSupport {

    private String running;
    private String cancelled;

    private void watchTwoJobsThroughThreePolls() throws Exception {
        running = simulator.createJob("passenger", "create").id();
        cancelled = simulator.createJob("passenger", "delete").id();
        simulator.scheduleStatus(running, Duration.ofSeconds(1), "in_progress");
        simulator.scheduleStatus(cancelled, Duration.ofSeconds(1), "cancelled");
        startWatch(watchUri("maxRetries=0&jobIds=" + running + "," + cancelled));
        assertThat(poll()).isEqualTo(2);
        simulator.faults().on("GET", "/objects/jobs/.*").times(1).respond(Fault.status(500));
        assertThat(pollFailure()).isNotNull();
        simulator.clock().advance(Duration.ofSeconds(1));
        poll();
    }

    private Exception pollFailure() {
        try {
            poll();
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDevConsoleListsTheTrackedJobsWithStatusAndAge() throws Exception {
        watchTwoJobsThroughThreePolls();
        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("zuora-jobs");
        assertThat(console).as("the zuora-jobs dev console, found through its service file").isNotNull();

        String text = (String) console.call(DevConsole.MediaType.TEXT, Map.of());
        assertThat(text).contains("Route: " + ROUTE_ID, "Jobs tracked: 2", "Failed polls: 1")
                .containsPattern(running + "\\s+in_progress\\s+age \\d+s")
                .containsPattern(cancelled + "\\s+cancelled\\s+age \\d+s\\s+finished");

        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON, Map.of());
        List<Map<String, Object>> watches = (List<Map<String, Object>>) json.get("watches");
        assertThat(watches).hasSize(1);
        Map<String, Object> route = watches.get(0);
        assertThat(route).containsEntry("routeId", ROUTE_ID).containsEntry("trackedJobCount", 2)
                .containsEntry("pollCount", 3L).containsEntry("failedPollCount", 1L)
                .containsEntry("changesEmitted", (long) changes.getReceivedCounter())
                .containsEntry("requestsSent", simulator.requestCount("GET", "/objects/jobs/.*"))
                .containsEntry("lastSuccessfulPoll", simulator.clock().now().toString());
        List<Map<String, Object>> jobs = (List<Map<String, Object>>) route.get("jobs");
        assertThat(jobs).extracting(job -> job.get("id") + "=" + job.get("status") + "/" + job.get("finished"))
                .containsExactly(running + "=in_progress/false", cancelled + "=cancelled/true");
        assertThat(jobs).allSatisfy(job -> assertThat(job).containsKeys("firstSeen", "ageMillis"));
        assertThat(route.get("uri").toString()).startsWith("zuora-jobs://watch");
    }

    @Test
    void theDevConsoleCapsTheJobsListedPerRoute() throws Exception {
        watchTwoJobsThroughThreePolls();
        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("zuora-jobs");
        String text = (String) console.call(DevConsole.MediaType.TEXT, Map.of("limit", "1"));
        assertThat(text).contains(running).doesNotContain(cancelled + " ").contains("... and 1 more");
    }

    @Test
    void theDevConsoleShowsNoSecretOrToken() throws Exception {
        String job = simulator.createJob("passenger", "create").id();
        startWatch(watchUri("clientId=" + ZuoraSimulator.DEFAULT_CLIENT_ID + "&clientSecret="
                            + ZuoraSimulator.DEFAULT_CLIENT_SECRET + "&jobIds=" + job));
        assertThat(poll()).isEqualTo(1);
        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("zuora-jobs");

        String shown = console.call(DevConsole.MediaType.TEXT, Map.of()) + " "
                       + console.call(DevConsole.MediaType.JSON, Map.of());

        assertThat(shown).contains(job).doesNotContain(ZuoraSimulator.DEFAULT_CLIENT_SECRET)
                .doesNotContain(ZuoraSimulator.DEFAULT_CLIENT_ID);
        simulator.requests().stream().map(r -> r.header("Authorization")).filter(h -> h != null)
                .forEach(h -> assertThat(shown).doesNotContain(h.substring("Bearer ".length())));
    }
}
