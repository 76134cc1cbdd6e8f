package io.camelzuora.jobs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.camelzuora.jobs.exception.ZuoraLoadFailedException;
import io.camelzuora.jobs.internal.load.BulkLoads;
import io.camelzuora.jobs.model.BulkLoadPart;
import io.camelzuora.jobs.model.BulkLoadResult;
import io.camelzuora.jobs.model.LoadRowError;
import io.camelzuora.simulator.ConcurrencyLimitMode;
import io.camelzuora.simulator.SimJob;
import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.PluginHelper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** zuora-jobs:load over real HTTP against the simulator: every record once, within the budget of open jobs. */
class LoadTest extends ZuoraJobsTestSupport {

    static final String LOAD = "zuora-jobs:load?object=passenger&jobOperation=create&partSize=400";

    @TempDir
    Path dir;

    @Override
    protected void configure(ZuoraJobsConfiguration configuration) {
        super.configure(configuration);
        configuration.setAwaitInterval(5);
        configuration.setAwaitMaxInterval(20);
        simulator.recordsPerSecond(200);
        simulator.clock().runInRealTime(20);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:load").to(LOAD + "&maxConcurrentJobs=2");
                from("direct:strict").to(LOAD + "&failOnJobFailure=true");
                from("file:" + dir.resolve("in") + "?noop=true").routeId("files").autoStartup(false)
                        .to(LOAD).to("mock:loaded");
            }
        };
    }

    @Test
    void aMultiPartFileLoadsEveryRecordOnceWithinTheBudget() throws Exception {
        Path csv = Files.writeString(dir.resolve("passengers.csv"), csv(300));

        Exchange out = template.request("direct:load", e -> e.getMessage().setBody(csv));

        BulkLoadResult result = completed(out);
        assertThat(result.getRecordsRead()).isEqualTo(300);
        assertThat(result.getRecordsProcessed()).isEqualTo(300);
        assertThat(result.getParts()).hasSizeGreaterThan(10);
        assertContiguous(result.getParts(), 300);
        assertThat(simulator.peakActiveJobs()).isLessThanOrEqualTo(2);
        assertLoadedOnce(300);
        assertThat(out.getMessage().getHeader(ZuoraJobsConstants.LOAD_ID, String.class)).isEqualTo(result.getLoadId())
                .isNotBlank();
        assertThat(out.getMessage().getHeader(ZuoraJobsConstants.JOB_IDS, List.class)).isEqualTo(result.getJobIds());
        assertThat(out.getMessage().getHeader(ZuoraJobsConstants.JOB_STATUS)).isEqualTo("completed");
        assertThat(out.getMessage().getHeader(ZuoraJobsConstants.LOAD_RECORDS, Long.class)).isEqualTo(300L);
        assertThat(out.getMessage().getHeader(ZuoraJobsConstants.LOAD_FAILED_RECORDS, Long.class)).isZero();
        assertThat(context.getTypeConverter().convertTo(String.class, result)).contains("\"loadId\":\"" + result.getLoadId())
                .contains("\"parts\":[{\"index\":0");
        assertThat(context.getTypeConverter().convertTo(Map.class, result)).containsEntry("recordsRead", 300L);
    }

    @Test
    void aStreamLoadsEveryRecordOnce() {
        Exchange out = template.request("direct:load", e -> e.getMessage().setBody(
                new java.io.ByteArrayInputStream(csv(120).getBytes(StandardCharsets.UTF_8))));

        assertThat(completed(out).getRecordsRead()).isEqualTo(120);
        assertLoadedOnce(120);
    }

    @Test
    void mapRecordsLoadEveryRecordOnce() {
        List<Map<String, Object>> records = records(150);

        Exchange out = template.request("direct:load", e -> e.getMessage().setBody(records.stream()));

        assertThat(completed(out).getParts()).hasSizeGreaterThan(5);
        assertLoadedOnce(150);
        assertThat(simulator.records("passenger")).extracting(r -> r.get("flight__c")).contains("ZU, 150");
    }

    @Test
    void aFileFromTheFileComponentLoadsEveryRecordOnce() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in").resolve("passengers.csv"), csv(80));
        getMockEndpoint("mock:loaded").expectedMessageCount(1);

        context.getRouteController().startRoute("files");

        getMockEndpoint("mock:loaded").assertIsSatisfied(20_000);
        assertThat(getMockEndpoint("mock:loaded").getExchanges().get(0).getMessage().getBody(BulkLoadResult.class)
                .isCompleted()).isTrue();
        assertLoadedOnce(80);
    }

    @Test
    void otherIntegrationsHoldingSlotsDelayTheLoadWithoutFailingIt() throws Exception {
        simulator.clock().freeze();
        List<SimJob> held = simulator.occupySlots(5, Duration.ofSeconds(10));

        CompletableFuture<Exchange> sent = template.asyncSend("direct:load", e -> e.getMessage().setBody(csv(100)));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> refusedSubmits().size() >= 2);
        simulator.clock().advance(Duration.ofSeconds(10));
        simulator.clock().runInRealTime(20);

        Exchange out = sent.get(20, TimeUnit.SECONDS);

        BulkLoadResult result = completed(out);
        assertLoadedOnce(100);
        assertThat(refusedSubmits()).isNotEmpty();
        assertThat(result.getJobIds()).doesNotContainAnyElementsOf(refusedSubmits().stream().map(SimJob::id).toList());
        assertThat(held).allSatisfy(job -> assertThat(simulator.job(job.id()).status()).isEqualTo("completed"));
    }

    @Test
    void refusalsAnsweredWith400DelayTheLoadWithoutFailingIt() throws Exception {
        simulator.concurrencyLimitMode(ConcurrencyLimitMode.REJECT_400);
        simulator.clock().freeze();
        simulator.occupySlots(5, Duration.ofSeconds(10));

        CompletableFuture<Exchange> sent = template.asyncSend("direct:load", e -> e.getMessage().setBody(csv(100)));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> simulator.requests().stream()
                .filter(r -> r.path().equals("/objects/jobs") && r.status() == 400).count() >= 2);
        simulator.clock().advance(Duration.ofSeconds(10));
        simulator.clock().runInRealTime(20);

        Exchange out = sent.get(20, TimeUnit.SECONDS);

        assertThat(completed(out).getParts()).allSatisfy(part -> assertThat(part.getStatus()).isEqualTo("completed"));
        assertLoadedOnce(100);
        assertThat(simulator.requestCount("POST", "/objects/jobs")).isGreaterThan(completed(out).getParts().size());
    }

    @Test
    void refusedRecordsAreNamedByTheirNumberInTheWholeInput() {
        StringBuilder csv = new StringBuilder("name__c,age__c,flight__c\r\n");
        for (int i = 1; i <= 100; i++) {
            boolean bad = i == 7 || i == 58 || i == 99;
            csv.append("P").append(i).append(',').append(bad ? "old" : Integer.toString(i)).append(",ZU1\r\n");
        }

        Exchange out = template.request("direct:load", e -> e.getMessage().setBody(csv.toString()));

        BulkLoadResult result = out.getMessage().getBody(BulkLoadResult.class);
        assertThat(out.getException()).isNull();
        assertThat(result.getStatus()).isEqualTo("failed");
        assertThat(result.getRecordsFailed()).isEqualTo(3);
        assertThat(result.getRowErrors()).extracting(LoadRowError::getRecordNumber).containsExactly(7L, 58L, 99L);
        assertThat(result.getRowErrors()).allSatisfy(error -> assertThat(error.getMessage()).contains("age__c"));
        assertThat(result.getRowErrors().get(1).getRecord().getFields()).containsEntry("name__c", "P58");
        assertThat(result.getFailedRecordsCsv())
                .isEqualTo("name__c,age__c,flight__c\r\nP7,old,ZU1\r\nP58,old,ZU1\r\nP99,old,ZU1\r\n");
        assertThat(out.getMessage().getHeader(ZuoraJobsConstants.JOB_STATUS)).isEqualTo("failed");
        assertThat(out.getMessage().getHeader(ZuoraJobsConstants.LOAD_FAILED_RECORDS, Long.class)).isEqualTo(3L);
        assertThat(simulator.records("passenger")).hasSize(97);
    }

    @Test
    void failOnJobFailureFailsTheExchangeWithTheResult() {
        Exchange out = template.request("direct:strict",
                e -> e.getMessage().setBody("name__c,age__c\nAda,36\nBob,old\n"));

        assertThat(out.getException()).isInstanceOf(ZuoraLoadFailedException.class).hasMessageContaining("record 2");
        assertThat(((ZuoraLoadFailedException) out.getException()).getResult().getRowErrors())
                .extracting(LoadRowError::getRecordNumber).containsExactly(2L);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLoadInFlightShowsInTheDevConsoleAndItsManagedView() throws Exception {
        simulator.clock().freeze();
        CompletableFuture<Exchange> sent = template.asyncSend("direct:load", e -> e.getMessage().setBody(csv(100)));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> simulator.jobs().size() == 2);
        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("zuora-jobs");
        BulkLoads loads = context.hasService(BulkLoads.class);

        String text = (String) console.call(DevConsole.MediaType.TEXT, Map.of());
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON, Map.of());

        assertThat(text).contains("Load: ").contains("records done").contains("2 parts submitted");
        assertThat((List<Map<String, Object>>) json.get("loads")).singleElement()
                .satisfies(load -> assertThat(load).containsEntry("partsSubmitted", 2).containsKey("loadId"));
        assertThat(loads.getLoadsInFlight()).isEqualTo(1);
        assertThat(loads.getOpenJobs()).isEqualTo(2);
        assertThat(loads.describeLoads()).contains("running jobs [");
        simulator.clock().runInRealTime(20);
        completed(sent.get(20, TimeUnit.SECONDS));
        assertThat(loads.getLoadsInFlight()).isZero();
        assertThat(loads.getOpenJobs()).isZero();
    }

    static String csv(int records) {
        StringBuilder csv = new StringBuilder("name__c,age__c,flight__c\n");
        IntStream.rangeClosed(1, records).forEach(i -> csv.append("P").append(i).append(',').append(i % 90)
                .append(",\"ZU, ").append(i).append("\"\n"));
        return csv.toString();
    }

    /** The records of {@link #csv(int)} as maps. */
    static List<Map<String, Object>> records(int count) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("name__c", "P" + i);
            record.put("age__c", i % 90);
            record.put("flight__c", "ZU, " + i);
            records.add(record);
        }
        return records;
    }

    static BulkLoadResult completed(Exchange out) {
        assertThat(out.getException()).isNull();
        BulkLoadResult result = out.getMessage().getBody(BulkLoadResult.class);
        assertThat(result.getStatus()).as("%s", result.getParts()).isEqualTo("completed");
        assertThat(result.getRowErrors()).isEmpty();
        return result;
    }

    static void assertContiguous(List<BulkLoadPart> parts, long records) {
        long next = 1;
        for (BulkLoadPart part : parts) {
            assertThat(part.getFirstRecord()).isEqualTo(next);
            assertThat(part.getStatus()).isEqualTo("completed");
            assertThat(part.getRecordsProcessed()).isEqualTo(part.getLastRecord() - part.getFirstRecord() + 1);
            next = part.getLastRecord() + 1;
        }
        assertThat(next - 1).isEqualTo(records);
    }

    void assertLoadedOnce(int records) {
        assertThat(simulator.records("passenger")).extracting(r -> r.get("name__c"))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, records).mapToObj(i -> "P" + i).toList());
    }

    List<SimJob> refusedSubmits() {
        return simulator.jobs().stream().filter(j -> Integer.valueOf(71012560).equals(j.errorCode())
                && !ZuoraSimulator.OTHER_INTEGRATION_USER_ID.equals(j.createdById())).toList();
    }

}
