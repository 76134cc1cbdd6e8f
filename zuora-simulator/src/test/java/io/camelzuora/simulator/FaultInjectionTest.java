package io.camelzuora.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultInjectionTest extends SimulatorTestSupport {

    @Test
    void statusFaultWithRetryAfterHitsTheNextMatchingRequestsOnly() {
        zuora.faults().on("GET", "/objects/jobs").times(2).respond(Fault.status(429, Duration.ofMillis(1500)));

        HttpResponse<String> first = http.get("/objects/jobs");
        HttpResponse<String> second = http.get("/objects/jobs");
        HttpResponse<String> third = http.get("/objects/jobs");

        assertEquals(429, first.statusCode());
        assertEquals("2", first.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(SimHttp.json(first).has("code"));
        assertEquals(429, second.statusCode());
        assertEquals(200, third.statusCode());
        assertEquals(2, zuora.faults().injectedCount());
    }

    @Test
    void dropConnectionClosesWithoutResponseAndNothingHappens() {
        zuora.faults().on("POST", "/objects/jobs").respond(Fault.dropConnection());

        UncheckedIOException dropped = assertThrows(UncheckedIOException.class,
                () -> http.submit(SimHttp.submitBody("create")));

        assertInstanceOf(IOException.class, dropped.getCause());
        assertEquals(0, zuora.jobs().size());
        assertEquals(0, zuora.requests().get(zuora.requests().size() - 1).status());
    }

    @Test
    void dropAfterProcessingCreatesTheJobButGivesNoResponse() {
        zuora.faults().on("POST", "/objects/jobs").respond(Fault.dropAfterProcessing());
        HttpRequest keyed = http.request("/objects/jobs").header("Idempotency-Key", "retry-me")
                .POST(HttpRequest.BodyPublishers.ofString(SimHttp.submitBody("create"))).build();

        assertThrows(UncheckedIOException.class, () -> http.send(keyed));
        assertEquals(1, zuora.jobs().size());

        HttpResponse<String> retry = http.send(keyed);
        assertEquals(zuora.jobs().get(0).id(), SimHttp.json(retry).get("Id").asText());
        assertEquals(1, zuora.jobs().size());
    }

    @Test
    void payloadFaultsAnswerInPlaceOfTheApi() {
        zuora.faults().on("GET", "/objects/jobs").respond(Fault.htmlPage(502))
                .on("GET", "/objects/jobs").respond(Fault.wrongType())
                .on("GET", "/objects/jobs").respond(Fault.hugeBody(5000))
                .on("GET", "/objects/jobs").respond(Fault.emptyBody(500))
                .on("GET", "/objects/jobs").respond(Fault.revokeTokens());

        HttpResponse<String> html = http.get("/objects/jobs");
        assertEquals(502, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(SimHttp.json(http.get("/objects/jobs")).isArray());
        JsonNode huge = SimHttp.json(http.get("/objects/jobs"));
        assertEquals(5000, Json.bytes(huge).length);
        HttpResponse<String> empty = http.get("/objects/jobs");
        assertEquals(500, empty.statusCode());
        assertEquals("", empty.body());
        assertEquals(401, http.get("/objects/jobs").statusCode());
        assertEquals(401, http.get("/objects/jobs").statusCode());
    }

    @Test
    void randomMixIsRepeatableForASeed() {
        assertEquals(faultPattern(), faultPattern());
    }

    private String faultPattern() {
        zuora.faults().randomMix(99, 0.5, Fault.status(503), Fault.status(500));
        StringBuilder statuses = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            statuses.append(http.get("/objects/jobs").statusCode()).append(' ');
        }
        zuora.faults().clear();
        assertTrue(statuses.toString().contains("503") && statuses.toString().contains("200"));
        return statuses.toString();
    }

    @Test
    void answerFaultSendsExactlyTheGivenStatusBodyAndHeaders() {
        zuora.faults().on("GET", "/objects/jobs").respond(Fault.answer(429, "{\"code\": 71013061}",
                java.util.Map.of("Retry-After", "999999999999", "RateLimit-Remaining", "0")));

        HttpResponse<String> answer = http.get("/objects/jobs");

        assertEquals(429, answer.statusCode());
        assertEquals("{\"code\": 71013061}", answer.body());
        assertEquals("999999999999", answer.headers().firstValue("Retry-After").orElseThrow());
        assertEquals("0", answer.headers().firstValue("RateLimit-Remaining").orElseThrow());
    }

    @Test
    void headersFaultServesTheRequestAndReplacesTheNamedHeaders() {
        zuora.faults().on("GET", "/objects/jobs").respond(Fault.headers(java.util.Map.of("RateLimit-Reset", "86400")));

        HttpResponse<String> answer = http.get("/objects/jobs");

        assertEquals(200, answer.statusCode());
        assertTrue(SimHttp.json(answer).has("jobs"));
        assertEquals("86400", answer.headers().firstValue("RateLimit-Reset").orElseThrow());
        assertEquals(1, zuora.faults().injectedCount());
    }

    @Test
    void trickleFaultSendsTheWholeBodyOneByteAtATime() {
        zuora.faults().on("GET", "/objects/jobs").respond(Fault.trickle(Duration.ofMillis(1)));

        HttpResponse<String> answer = http.get("/objects/jobs");

        assertEquals(200, answer.statusCode());
        assertTrue(SimHttp.json(answer).has("jobs"));
        assertEquals(1, zuora.faults().injectedCount());
    }
}
