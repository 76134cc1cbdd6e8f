package io.camelzuora.jobs;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.camelzuora.jobs.exception.InvalidCsvException;
import io.camelzuora.jobs.exception.ZuoraLoadAbortedException;
import io.camelzuora.jobs.model.BulkLoadResult;
import io.camelzuora.simulator.Fault;
import io.camelzuora.simulator.RecordedRequest;
import io.camelzuora.simulator.SimJob;
import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static io.camelzuora.jobs.LoadTest.completed;
import static io.camelzuora.jobs.LoadTest.csv;
import static org.assertj.core.api.Assertions.assertThat;

/** A load that stops early: redelivered or rerun with its load id, stopped with its route, or fed bad input. */
class LoadRecoveryTest extends ZuoraJobsTestSupport {

    private static final String LOAD = LoadTest.LOAD + "&maxConcurrentJobs=1&maxRetries=0";

    @Override
    protected void configure(ZuoraJobsConfiguration configuration) {
        super.configure(configuration);
        configuration.setAwaitInterval(5);
        configuration.setAwaitMaxInterval(20);
        simulator.recordsPerSecond(200);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:redelivered")
                        .onException(ZuoraLoadAbortedException.class).maximumRedeliveries(1).end()
                        .to(LOAD);
                from("direct:load").routeId("load").to(LOAD);
            }
        };
    }

    @Test
    void aRedeliveryWithTheSameLoadIdCreatesNoSecondJobAndLoadsEveryRecordOnce() throws Exception {
        CompletableFuture<Exchange> sent = template.asyncSend("direct:redelivered", e -> e.getMessage().setBody(csv(100)));
        loseTheSecondUploadsAnswer();

        BulkLoadResult result = completed(sent.get(30, TimeUnit.SECONDS));

        assertLoadedOnceWithOneJobPerPart(result);
    }

    @Test
    void aRerunWithTheSameLoadIdAfterAFailureCreatesNoSecondJobAndLoadsEveryRecordOnce() throws Exception {
        CompletableFuture<Exchange> sent = template.asyncSend("direct:load", e -> e.getMessage().setBody(csv(100)));
        loseTheSecondUploadsAnswer();
        Exchange failed = sent.get(30, TimeUnit.SECONDS);
        assertThat(failed.getException()).isInstanceOf(ZuoraLoadAbortedException.class)
                .hasMessageContaining("uploading part 1").hasMessageContaining("part 0 (records 1-23)");
        String loadId = ((ZuoraLoadAbortedException) failed.getException()).getLoadId();

        Exchange rerun = template.request("direct:load", e -> {
            e.getMessage().setHeader(ZuoraJobsConstants.LOAD_ID, loadId);
            e.getMessage().setBody(csv(100));
        });

        BulkLoadResult result = completed(rerun);
        assertThat(result.getLoadId()).isEqualTo(loadId);
        assertLoadedOnceWithOneJobPerPart(result);
    }

    @Test
    void stoppingTheRouteMidLoadCancelsThePendingPartAndNamesTheJobsLeftRunning() throws Exception {
        CompletableFuture<Exchange> sent = template.asyncSend("direct:load", e -> e.getMessage().setBody(csv(100)));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> uploads().size() == 1);
        simulator.faults().on("POST", "/objects/jobs/.*/files").times(1).respond(Fault.delay(Duration.ofSeconds(30)));
        simulator.clock().advance(Duration.ofHours(1));
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> simulator.jobs().stream().anyMatch(j -> j.status().equals("pending")));
        SimJob pending = simulator.jobs().stream().filter(j -> j.status().equals("pending")).findFirst().orElseThrow();

        context.getRouteController().stopRoute("load", 1, TimeUnit.SECONDS);

        Exchange out = sent.get(10, TimeUnit.SECONDS);
        assertThat(out.getException()).isInstanceOf(ZuoraLoadAbortedException.class)
                .hasMessageContaining("producer stopped").hasMessageContaining("job " + pending.id() + " cancelled");
        assertThat(simulator.job(pending.id()).status()).isEqualTo("cancelled");
        assertThat(((ZuoraLoadAbortedException) out.getException()).getSubmittedParts()).hasSize(2);
    }

    @Test
    void badInputFailsNamingTheRecordAndSubmitsNoPartHoldingIt() {
        assertRefused(csv(60) + "P61,1,\"ZU\n", "record 61 has unbalanced quotes");
        assertRefused(csv(60) + "P61,1,ZU,extra\n", "record 61 has 4 fields but the header has 3");
        assertRefused(csv(60) + "P61," + "x".repeat(500) + ",ZU\n", "record 61 is");
        byte[] latin1 = (csv(60) + "Jos\u00e9,1,ZU\n").getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(latin1, "record 61 is not UTF-8");
        List<Map<String, Object>> records = LoadTest.records(60);
        records.add(Map.of("name__c", "P61", "age__c", 61));
        assertRefused(records, "record 61 has the keys");
    }

    @Test
    void anEmptyInputOrAHeaderAloneSendsNoRequestAtAll() {
        for (Object body : List.of("", "name__c,age__c\n", List.of())) {
            Exchange out = template.request("direct:load", e -> e.getMessage().setBody(body));
            assertThat(out.getException()).isInstanceOf(ZuoraLoadAbortedException.class)
                    .hasCauseInstanceOf(InvalidCsvException.class).hasMessageContaining("No part was submitted");
        }
        assertThat(simulator.requests()).isEmpty();
    }

    private void assertRefused(Object body, String problem) {
        simulator.clock().runInRealTime(20);
        int before = uploads().size();
        Exchange out = template.request("direct:load", e -> e.getMessage().setBody(body));

        assertThat(out.getException()).isInstanceOf(ZuoraLoadAbortedException.class)
                .hasCauseInstanceOf(InvalidCsvException.class).hasMessageContaining(problem)
                .hasMessageContaining("Parts submitted: part 0 (records 1-23)");
        List<RecordedRequest> sentNow = uploads().subList(before, uploads().size());
        // the next part is read while the one before uploads: that upload may end before the bad record is found, or
        // its job be cancelled by the stop; the part holding the bad record is never sent
        assertThat(sentNow).hasSizeBetween(1, 2).allSatisfy(upload -> assertThat(new String(
                upload.body(),
                StandardCharsets.UTF_8)).doesNotContain("P61"));
    }

    /** Part 0 is loaded; the answer to part 1's upload is lost after Zuora took the file, which stops the load. */
    private void loseTheSecondUploadsAnswer() {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> uploads().size() == 1);
        simulator.faults().on("POST", "/objects/jobs/.*/files").times(1).respond(Fault.dropAfterProcessing());
        simulator.clock().runInRealTime(20);
    }

    private void assertLoadedOnceWithOneJobPerPart(BulkLoadResult result) {
        assertThat(simulator.records("passenger")).hasSize(100).extracting(r -> r.get("name__c")).doesNotHaveDuplicates();
        List<SimJob> created = simulator.jobs().stream()
                .filter(j -> !ZuoraSimulator.OTHER_INTEGRATION_USER_ID.equals(j.createdById())).toList();
        assertThat(created).extracting(SimJob::id).containsExactlyInAnyOrderElementsOf(result.getJobIds());
        assertThat(simulator.requestCount("POST", "/objects/jobs")).isGreaterThan(result.getParts().size());
    }

    private List<RecordedRequest> uploads() {
        return simulator.requests().stream().filter(r -> r.path().endsWith("/files") && r.status() == 200).toList();
    }
}
