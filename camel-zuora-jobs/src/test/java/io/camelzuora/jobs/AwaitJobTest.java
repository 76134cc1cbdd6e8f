package io.camelzuora.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.camelzuora.jobs.exception.ZuoraJobTimeoutException;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.simulator.SimJob;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** awaitJob waits for many jobs from a small pool, and a timeout leaves the job alone. */
class AwaitJobTest extends ZuoraJobsTestSupport {

    private static final int JOBS = 200;

    @Override
    protected void configure(ZuoraJobsConfiguration configuration) {
        super.configure(configuration);
        configuration.setAwaitInterval(50);
        configuration.setAwaitMaxInterval(200);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:await").to("zuora-jobs:awaitJob?awaitPoolSize=2&awaitTimeout=1m");
                from("seda:await?concurrentConsumers=1&pollTimeout=50")
                        .to("zuora-jobs:awaitJob?awaitPoolSize=2&awaitTimeout=1m")
                        .to("mock:done");
                from("direct:awaitBriefly").to("zuora-jobs:awaitJob?awaitInterval=10&awaitTimeout=300");
            }
        };
    }

    @Test
    void waitsForTwoHundredJobsFromOneConsumerThreadAndTwoPollingThreads() throws Exception {
        simulator.maxActiveJobs(JOBS);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < JOBS; i++) {
            ids.add(simulator.createJob("passenger", "delete").id());
        }
        MockEndpoint done = getMockEndpoint("mock:done");
        done.expectedMessageCount(JOBS + 1);
        template.sendBodyAndHeader("seda:await", null, ZuoraJobsConstants.JOB_ID, simulator.seedExampleJob().id());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> done.getReceivedCounter() == 1);
        int before = clientSideThreads();

        for (String id : ids) {
            template.sendBodyAndHeader("seda:await", null, ZuoraJobsConstants.JOB_ID, id);
        }

        // one seda consumer thread hands over all 200 exchanges: none of them holds it while its job runs
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> polledJobs(ids) == JOBS);
        int waiting = clientSideThreads();
        assertThat(done.getReceivedCounter()).isEqualTo(1);
        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().contains("ZuoraJobsAwait")).hasSize(2);

        simulator.clock().advance(Duration.ofSeconds(10));

        done.assertIsSatisfied(20_000);
        assertThat(done.getExchanges().subList(1, JOBS + 1)).allSatisfy(out -> assertThat(
                out.getMessage().getBody(CustomObjectBulkJob.class).getStatus()).isEqualTo("completed"));
        assertThat(waiting - before).as("threads added while %d exchanges wait", JOBS).isLessThan(3);
    }

    @Test
    void aTimeoutCarriesTheLastSeenJobAndLeavesTheJobAlone() {
        SimJob pending = simulator.createJob("passenger", "create");

        Exchange out = template.request("direct:awaitBriefly",
                e -> e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, pending.id()));

        assertThat(out.getException()).isInstanceOf(ZuoraJobTimeoutException.class)
                .hasMessageContaining("was still pending").hasMessageContaining("not cancelled");
        ZuoraJobTimeoutException timeout = (ZuoraJobTimeoutException) out.getException();
        assertThat(timeout.getLastSeenJob().getId()).isEqualTo(pending.id());
        assertThat(timeout.getLastSeenJob().getStatus()).isEqualTo("pending");
        assertThat(simulator.job(pending.id()).status()).isEqualTo("pending");
        assertThat(simulator.requests()).filteredOn(r -> r.path().startsWith("/objects/"))
                .allSatisfy(r -> assertThat(r.method()).isEqualTo("GET"));
        assertThat(simulator.jobs()).hasSize(1);
    }

    @Test
    void aJobAlreadyTerminalReturnsAtOnce() {
        SimJob example = simulator.seedExampleJob();

        Exchange out = template.request("direct:await",
                e -> e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, example.id()));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(ZuoraJobsConstants.JOB_STATUS)).isEqualTo("failed");
        assertThat(simulator.requestCount("GET", "/objects/jobs/.*")).isEqualTo(1);
    }

    /** Live threads, but for the simulator's server threads (in real life the server is Zuora, elsewhere). */
    private static int clientSideThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.getName().startsWith("zuora-simulator")).count();
    }

    /** How many of these jobs have been polled. */
    private long polledJobs(List<String> ids) {
        return simulator.requests().stream().map(r -> r.path().substring(r.path().lastIndexOf('/') + 1))
                .filter(ids::contains).distinct().count();
    }
}
