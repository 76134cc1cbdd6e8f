package io.camelzuora.simulator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpBehaviourTest extends SimulatorTestSupport {

    @Test
    void idempotencyKeyReplaysTheFirstResult() {
        HttpResponse<String> first = http.send(keyed("key-1", SimHttp.submitBody("create")));
        HttpResponse<String> repeat = http.send(keyed("key-1", SimHttp.submitBody("create")));

        assertEquals(200, repeat.statusCode());
        assertEquals(first.body(), repeat.body());
        assertEquals(1, zuora.jobs().size());
    }

    @Test
    void idempotencyKeyReusedForAnotherRequestAnswers422() {
        http.send(keyed("key-2", SimHttp.submitBody("create")));

        assertEquals(422, http.send(keyed("key-2", SimHttp.submitBody("delete"))).statusCode());
    }

    @Test
    void idempotencyKeyStillInFlightAnswers409() throws Exception {
        zuora.faults().on("POST", "/objects/jobs").respond(Fault.delay(Duration.ofSeconds(2)));
        CompletableFuture<HttpResponse<String>> first
                = CompletableFuture.supplyAsync(() -> http.send(keyed("key-3", SimHttp.submitBody("create"))));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (zuora.faults().injectedCount() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }

        HttpResponse<String> second = http.send(keyed("key-3", SimHttp.submitBody("create")));

        assertEquals(409, second.statusCode());
        assertEquals(200, first.get().statusCode());
    }

    @Test
    void gzipsJsonOver1000BytesWhenAccepted() throws Exception {
        zuora.seedHistory(10, 5);

        HttpResponse<byte[]> zipped
                = http.sendForBytes(http.request("/objects/jobs").header("Accept-Encoding", "gzip").build());
        HttpResponse<String> plain = http.get("/objects/jobs");

        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElseThrow());
        String unzipped = new String(
                new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertEquals(plain.body(), unzipped);
        assertTrue(plain.body().length() > 1000);
        assertFalse(plain.headers().firstValue("Content-Encoding").isPresent());

        HttpResponse<byte[]> small = http.sendForBytes(http.request("/objects/jobs?pageSize=1")
                .header("Accept-Encoding", "gzip").build());
        assertFalse(small.headers().firstValue("Content-Encoding").isPresent());
    }

    @Test
    void acceptsGzippedUploads() throws Exception {
        String id = zuora.createJob("passenger", "create").id();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(buffer)) {
            out.write("name__c\nAda\n".getBytes(StandardCharsets.UTF_8));
        }

        HttpResponse<String> response = http.send(http.request("/objects/jobs/" + id + "/files")
                .header("Content-Type", "text/csv").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(buffer.toByteArray())).build());

        assertEquals(200, response.statusCode(), response.body());
        zuora.clock().advance(Duration.ofSeconds(5));
        assertEquals("completed", zuora.job(id).status());
        assertEquals(1, zuora.records("passenger").size());
    }

    @Test
    void everyResponseCarriesRequestIdTrackIdEchoAndRateLimitHeaders() {
        zuora.rateLimitPerMinute(100);

        HttpResponse<String> response
                = http.send(http.request("/objects/jobs").header("Zuora-Track-Id", "trace-42").GET().build());

        assertEquals(36, response.headers().firstValue("Zuora-Request-Id").orElseThrow().length());
        assertEquals("trace-42", response.headers().firstValue("Zuora-Track-Id").orElseThrow());
        assertEquals("100, 100;w=60, 4500;w=3600, 54000;w=86400",
                response.headers().firstValue("RateLimit-Limit").orElseThrow());
        assertEquals("99", response.headers().firstValue("RateLimit-Remaining").orElseThrow());
        assertEquals("60", response.headers().firstValue("RateLimit-Reset").orElseThrow());
        assertFalse(http.get("/objects/jobs").headers().firstValue("Zuora-Track-Id").isPresent());
    }

    @Test
    void overTheRateLimitAnswers429WithRetryAfterUntilTheWindowEnds() {
        zuora.rateLimitPerMinute(2);
        http.get("/objects/jobs");
        http.get("/objects/jobs");
        zuora.clock().advance(Duration.ofSeconds(20));

        HttpResponse<String> limited = http.get("/objects/jobs");

        assertEquals(429, limited.statusCode());
        assertEquals("40", limited.headers().firstValue("Retry-After").orElseThrow());
        zuora.clock().advance(Duration.ofSeconds(40));
        assertEquals(200, http.get("/objects/jobs").statusCode());
    }

    @Test
    void logsEveryRequestInOrder() {
        zuora.clearRequests();
        String id = SimHttp.json(http.submit(SimHttp.submitBody("create"))).get("Id").asText();
        http.upload(id, "name__c\nAda\n");
        http.get("/objects/jobs/" + id);

        assertEquals(3, zuora.requests().size());
        RecordedRequest upload = zuora.requests().get(1);
        assertEquals("POST", upload.method());
        assertEquals("/objects/jobs/" + id + "/files", upload.path());
        assertEquals("text/csv", upload.header("content-type"));
        assertArrayEquals("name__c\nAda\n".getBytes(StandardCharsets.UTF_8), upload.body());
        assertEquals(200, upload.status());
        assertEquals(1, zuora.requestCount("GET", "/objects/jobs/[^/]+"));
        assertEquals(2, zuora.requestCount("POST", "/objects/jobs.*"));
    }

    private HttpRequest keyed(String key, String body) {
        return http.request("/objects/jobs").header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
