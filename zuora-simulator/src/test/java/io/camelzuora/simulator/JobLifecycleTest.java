package io.camelzuora.simulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobLifecycleTest extends SimulatorTestSupport {

    @Test
    void retrievesTheDocumentedSampleJobExactly() {
        zuora.seedExampleJob();

        HttpResponse<String> response = http.get("/objects/jobs/" + ZuoraSimulator.EXAMPLE_JOB_ID);

        assertEquals(200, response.statusCode());
        assertEquals("{\"CreatedById\":\"7b39d73f-22e6-404a-b8e7-894f7620e91c\",\"CreatedDate\":\"2021-03-15T06:47:18Z\","
                     + "\"Id\":\"ed4b9701-bafb-4976-8019-b08269430153\",\"UpdatedById\":\"7b39d73f-22e6-404a-b8e7-894f7620e91c\","
                     + "\"UpdatedDate\":\"2021-03-15T06:47:18Z\",\"error\":{\"code\":71012560,"
                     + "\"message\":\"Service limit reached, please retry later.\"},\"namespace\":\"default\","
                     + "\"object\":\"passenger\",\"operation\":\"delete\",\"processingTime\":1882,\"recordsProcessed\":500,"
                     + "\"status\":\"failed\"}",
                response.body());
    }

    @Test
    void createJobGoesPendingThenInProgressAtUploadThenCompleted() {
        JsonNode submitted = SimHttp.json(http.submit(SimHttp.submitBody("create")));
        String id = submitted.get("Id").asText();
        assertEquals("pending", submitted.get("status").asText());
        assertTrue(submitted.get("CreatedById").asText().matches("[0-9a-f]{32}"));
        assertFalse(submitted.has("error"));

        HttpResponse<String> uploaded
                = http.upload(id, "name__c,age__c,flight__c\nAda,36,LH100\n\"Lovelace, A\",,\"BA\"\"2\"\n");
        assertEquals("in_progress", SimHttp.json(uploaded).get("status").asText());

        zuora.clock().advance(Duration.ofSeconds(4));
        assertEquals("in_progress", status(id));
        zuora.clock().advance(Duration.ofSeconds(1));

        JsonNode done = SimHttp.json(http.get("/objects/jobs/" + id));
        assertEquals("completed", done.get("status").asText());
        assertEquals(2, done.get("recordsProcessed").asInt());
        assertEquals(5000, done.get("processingTime").asInt());
        assertEquals("2026-01-01T00:00:05Z", done.get("UpdatedDate").asText());
        assertEquals(List.of("Ada", "Lovelace, A"), zuora.records("passenger").stream().map(r -> r.get("name__c")).toList());
        assertEquals("{\"errors\":[]}", http.get("/objects/jobs/" + id + "/errors").body());
    }

    @Test
    void invalidRowsFailTheJobWithRowErrors() {
        String id = SimHttp.json(http.submit(SimHttp.submitBody("create"))).get("Id").asText();
        http.upload(id, "name__c,age__c\nAda,36\n,20\nBob,old\nCy\n");
        zuora.clock().advance(Duration.ofSeconds(5));

        JsonNode job = SimHttp.json(http.get("/objects/jobs/" + id));
        assertEquals("failed", job.get("status").asText());
        assertEquals(4, job.get("recordsProcessed").asInt());
        assertEquals(71012520, job.get("error").get("code").asInt());

        JsonNode errors = SimHttp.json(http.get("/objects/jobs/" + id + "/errors")).get("errors");
        assertEquals(3, errors.size());
        assertEquals(List.of(3, 4, 5), List.of(errors.get(0).get("row").asInt(), errors.get(1).get("row").asInt(),
                errors.get(2).get("row").asInt()));
        JsonNode record = errors.get(1).get("record");
        assertEquals("passenger", record.get("type").asText());
        assertEquals("old", record.get("age__c").asText());
        assertTrue(record.has("Id") && record.has("CreatedById") && record.has("CreatedDate")
                && record.has("UpdatedById") && record.has("UpdatedDate"));
        assertEquals(1, zuora.records("passenger").size());
    }

    @Test
    void uploadsAreRefusedWhenNotPendingOrWithUnknownColumns() {
        String id = SimHttp.json(http.submit(SimHttp.submitBody("create"))).get("Id").asText();

        HttpResponse<String> badHeader = http.upload(id, "name__c,shoe_size__c\nAda,5\n");
        assertEquals(400, badHeader.statusCode());
        assertEquals(71013720, SimHttp.json(badHeader).get("code").asInt());

        assertEquals(200, http.upload(id, "name__c\nAda\n").statusCode());
        HttpResponse<String> second = http.upload(id, "name__c\nBob\n");
        assertEquals(400, second.statusCode());
        assertTrue(SimHttp.json(second).get("message").asText().contains("in_progress"));

        String update = SimHttp.json(http.submit(SimHttp.submitBody("update"))).get("Id").asText();
        assertEquals(71013720, SimHttp.json(http.upload(update, "name__c\nAda\n")).get("code").asInt());
    }

    @Test
    void deleteJobIsAcceptedThenInProgressThenDeletesTheMatchingRecords() {
        zuora.addRecord("passenger", Map.of("name__c", "Ada", "age__c", "36"));
        zuora.addRecord("passenger", Map.of("name__c", "Bob", "age__c", "12"));
        JsonNode submitted = SimHttp.json(http.submit("{\"namespace\":\"default\",\"object\":\"passenger\","
                                                      + "\"operation\":\"delete\",\"filter\":{\"conditions\":[{\"field\":\"age__c\",\"operator\":\"GE\",\"value\":18}]}}"));
        String id = submitted.get("Id").asText();
        assertEquals("accepted", submitted.get("status").asText());

        zuora.clock().advance(Duration.ofSeconds(2));
        assertEquals("in_progress", status(id));
        zuora.clock().advance(Duration.ofSeconds(5));

        JsonNode done = SimHttp.json(http.get("/objects/jobs/" + id));
        assertEquals("completed", done.get("status").asText());
        assertEquals(1, done.get("recordsProcessed").asInt());
        assertEquals(List.of("Bob"), zuora.records("passenger").stream().map(r -> r.get("name__c")).toList());

        Instant start = Instant.parse(SimulatorClock.DEFAULT_START);
        assertEquals(List.of(new StatusTransition(id, null, "accepted", start),
                new StatusTransition(id, "accepted", "in_progress", start.plusSeconds(2)),
                new StatusTransition(id, "in_progress", "completed", start.plusSeconds(7))), zuora.transitions());
    }

    @Test
    void transitionsApplyAtTheirScheduledTimeEvenWhenObservedLate() {
        String id = SimHttp.json(http.submit(SimHttp.submitBody("delete"))).get("Id").asText();

        zuora.clock().advance(Duration.ofMinutes(50));

        JsonNode job = SimHttp.json(http.get("/objects/jobs/" + id));
        assertEquals("completed", job.get("status").asText());
        assertEquals("2026-01-01T00:00:07Z", job.get("UpdatedDate").asText());
    }

    @Test
    void aWrongFilterConditionIsRefusedWithTheFilterConditionsResource710133() {
        assertRefused(http.submit("{\"namespace\":\"default\",\"object\":\"passenger\",\"operation\":\"delete\","
                                  + "\"filter\":{\"conditions\":[{\"field\":\"shoe_size__c\",\"operator\":\"EQ\",\"value\":1}]}}"),
                71013320);
        assertRefused(http.submit("{\"namespace\":\"default\",\"object\":\"passenger\",\"operation\":\"delete\","
                                  + "\"filter\":{\"conditions\":[]}}"),
                71013320);
    }

    @Test
    void processingTimeRunsFromTheSubmissionToTheCompletion() {
        String id = SimHttp.json(http.submit(SimHttp.submitBody("create"))).get("Id").asText();
        zuora.clock().advance(Duration.ofSeconds(3));
        http.upload(id, "name__c\nAda\n");
        zuora.clock().advance(Duration.ofSeconds(5));

        JsonNode done = SimHttp.json(http.get("/objects/jobs/" + id));
        assertEquals("completed", done.get("status").asText());
        assertEquals(8000, done.get("processingTime").asInt());
    }

    @Test
    void submitValidatesTheBody() {
        assertRefused(http.submit("{\"namespace\":\"tenant\",\"object\":\"passenger\",\"operation\":\"create\"}"), 71013020);
        assertRefused(http.submit("{\"namespace\":\"default\",\"object\":\"rocket\",\"operation\":\"create\"}"), 71013020);
        assertRefused(http.submit("{\"namespace\":\"default\",\"object\":\"passenger\",\"operation\":\"upsert\"}"), 71013520);
        assertRefused(http.submit("{\"namespace\":\"default\",\"object\":\"passenger\",\"operation\":\"create\","
                                  + "\"filter\":{\"conditions\":[{\"field\":\"age__c\",\"operator\":\"EQ\",\"value\":1}]}}"),
                71013220);
        assertRefused(http.submit("{\"namespace\":\"default\",\"object\":\"passenger\",\"operation\":\"delete\","
                                  + "\"filter\":{\"conditions\":[{\"field\":\"age__c\",\"operator\":\"NE\",\"value\":1}]}}"),
                71013320);
        assertRefused(http.submit("not json"), 71013020);
    }

    @Test
    void cancelWorksOnlyWhileAcceptedOrPending() {
        String pending = SimHttp.json(http.submit(SimHttp.submitBody("create"))).get("Id").asText();
        String accepted = SimHttp.json(http.submit(SimHttp.submitBody("delete"))).get("Id").asText();

        assertEquals("cancelled", SimHttp.json(http.cancel(pending)).get("status").asText());
        assertEquals("cancelled", SimHttp.json(http.cancel(accepted)).get("status").asText());

        HttpResponse<String> again = http.cancel(pending);
        assertEquals(400, again.statusCode());
        assertEquals(71013420, SimHttp.json(again).get("code").asInt());
        assertTrue(SimHttp.json(again).get("message").asText().contains("cancelled"));

        HttpResponse<String> unknown = http.cancel("00000000-0000-4000-8000-000000000000");
        assertEquals(404, unknown.statusCode());
        assertEquals("{\"code\":71013040,\"message\":\"Not Found.\"}", unknown.body());
    }

    @Test
    void cancelOfUnknownJobUsesTheV1ShapeWhenChosen() {
        zuora.errorBodyShape(ErrorBodyShape.V1);

        HttpResponse<String> unknown = http.cancel("00000000-0000-4000-8000-000000000000");

        JsonNode body = SimHttp.json(unknown);
        assertEquals(404, unknown.statusCode());
        assertFalse(body.get("success").asBoolean());
        assertEquals(71013040, body.get("reasons").get(0).get("code").asInt());
        assertEquals(unknown.headers().firstValue("Zuora-Request-Id").orElseThrow(), body.get("requestId").asText());
    }

    @Test
    void unknownJobsAndMalformedIdsAndPathsAreRefused() {
        assertEquals(404, http.get("/objects/jobs/00000000-0000-4000-8000-000000000000").statusCode());
        assertEquals(404, http.get("/objects/jobs/00000000-0000-4000-8000-000000000000/errors").statusCode());
        assertRefused(http.get("/objects/jobs/not-a-uuid"), 71013120);
        assertEquals(404, http.get("/v1/objects/jobs").statusCode());

        String id = zuora.createJob("passenger", "create").id();
        zuora.deleteJob(id);
        assertEquals(404, http.get("/objects/jobs/" + id).statusCode());
    }

    @Test
    void theSixthActiveJobFailsWithTheServiceLimitByDefault() {
        for (int i = 0; i < 5; i++) {
            assertEquals("pending", SimHttp.json(http.submit(SimHttp.submitBody("create"))).get("status").asText());
        }

        HttpResponse<String> sixth = http.submit(SimHttp.submitBody("create"));

        assertEquals(200, sixth.statusCode());
        JsonNode job = SimHttp.json(sixth);
        assertEquals("failed", job.get("status").asText());
        assertEquals(71012560, job.get("error").get("code").asInt());
        assertEquals("Service limit reached, please retry later.", job.get("error").get("message").asText());
    }

    @Test
    void theSixthActiveJobIsRejectedIn400Mode() {
        zuora.concurrencyLimitMode(ConcurrencyLimitMode.REJECT_400);
        for (int i = 0; i < 5; i++) {
            zuora.createJob("passenger", "create");
        }

        assertRefused(http.submit(SimHttp.submitBody("create")), 71012560);

        zuora.clock().advance(Duration.ofSeconds(1));
        http.cancel(zuora.jobs().get(0).id());
        assertEquals(200, http.submit(SimHttp.submitBody("create")).statusCode());
    }

    @Test
    void forcedStatusesApplyAtTheirTime() {
        String id = zuora.createJob("passenger", "create").id();

        zuora.scheduleStatus(id, Duration.ofSeconds(3), "open");
        zuora.clock().advance(Duration.ofSeconds(2));
        assertEquals("pending", zuora.job(id).status());
        zuora.clock().advance(Duration.ofSeconds(1));

        assertEquals("open", status(id));
        assertNull(zuora.job("00000000-0000-4000-8000-000000000000"));
    }

    @Test
    void seededHistoryIsTerminalAndInThePastAndRepeatable() {
        List<SimJob> history = zuora.seedHistory(50, 42);

        assertEquals(50, history.size());
        assertTrue(history.stream().allMatch(SimJob::isTerminal));
        assertTrue(history.stream().allMatch(job -> job.createdDate().isBefore(zuora.clock().now())));
        for (int i = 1; i < history.size(); i++) {
            assertTrue(history.get(i - 1).createdDate().isBefore(history.get(i).createdDate()));
        }
        assertEquals(history.stream().map(SimJob::id).toList(),
                new ZuoraSimulator().seedHistory(50, 42).stream().map(SimJob::id).toList());
        assertTrue(history.stream().map(SimJob::status).distinct().count() >= 2);
    }

    private String status(String id) {
        return SimHttp.json(http.get("/objects/jobs/" + id)).get("status").asText();
    }

    private static void assertRefused(HttpResponse<String> response, int code) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(code, SimHttp.json(response).get("code").asInt(), response.body());
        assertFalse(SimHttp.json(response).get("message").asText().isBlank());
    }
}
