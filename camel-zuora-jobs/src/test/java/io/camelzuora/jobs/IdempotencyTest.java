package io.camelzuora.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.exception.ZuoraIdempotencyException;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.simulator.Fault;
import io.camelzuora.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every POST and PATCH carries an Idempotency-Key, so retries after a lost response never do the work twice. */
class IdempotencyTest extends ZuoraJobsTestSupport {

    private static final String SUBMIT = "/objects/jobs";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:submit").to("zuora-jobs:submitJob?object=passenger&jobOperation=create");
                from("direct:submitAndUpload")
                        .to("zuora-jobs:submitJob?object=passenger&jobOperation=create")
                        .setBody(constant("name__c\nAda\n"))
                        .to("zuora-jobs:uploadFile");
                from("direct:impatient")
                        .to("zuora-jobs:submitJob?object=passenger&jobOperation=create&requestTimeout=200&maxRetries=15");
                from("direct:redelivered")
                        .onException(ZuoraApiException.class).maximumRedeliveries(2).redeliveryDelay(0).end()
                        .to("zuora-jobs:submitJob?object=passenger&jobOperation=create&maxRetries=0");
                from("direct:split")
                        .split(body())
                        .to("zuora-jobs:submitJob");
            }
        };
    }

    @Test
    void aDroppedResponseOnSubmitIsRetriedAndLeavesExactlyOneJob() {
        simulator.faults().on("POST", SUBMIT).times(1).respond(Fault.dropAfterProcessing());

        Exchange out = template.request("direct:submit", e -> {
        });

        assertThat(out.getException()).isNull();
        assertThat(simulator.jobs()).singleElement()
                .satisfies(job -> assertThat(job.id()).isEqualTo(out.getMessage().getBody(CustomObjectBulkJob.class).getId()));
        List<RecordedRequest> submits = submits();
        assertThat(submits).hasSize(2);
        assertThat(submits.get(0).header("Idempotency-Key")).isNotBlank()
                .isEqualTo(submits.get(1).header("Idempotency-Key"));
    }

    @Test
    void aRetryAnswered409WaitsForTheSlowFirstAttemptAndGetsItsJob() {
        simulator.faults().on("POST", SUBMIT).times(1).respond(Fault.delay(Duration.ofMillis(600)));

        Exchange out = template.request("direct:impatient", e -> {
        });

        assertThat(out.getException()).isNull();
        assertThat(simulator.jobs()).singleElement()
                .satisfies(job -> assertThat(job.id()).isEqualTo(out.getMessage().getBody(CustomObjectBulkJob.class).getId()));
        assertThat(submits()).extracting(RecordedRequest::status).contains(409).endsWith(200);
        assertThat(submits()).extracting(r -> r.header("Idempotency-Key"))
                .containsOnly(submits().get(0).header("Idempotency-Key"));
    }

    @Test
    void aCamelRedeliveryReusesTheKeyOfTheExchange() {
        simulator.faults().on("POST", SUBMIT).times(1).respond(Fault.dropAfterProcessing());

        Exchange out = template.request("direct:redelivered", e -> {
        });

        assertThat(out.getException()).isNull();
        assertThat(simulator.jobs()).hasSize(1);
        assertThat(submits()).extracting(r -> r.header("Idempotency-Key")).hasSize(2).doesNotContainNull()
                .containsOnly(submits().get(0).header("Idempotency-Key"));
    }

    @Test
    void aKeyFromTheHeaderIsSentOnceAndTheNextCallGetsItsOwn() {
        Exchange out = template.request("direct:submitAndUpload",
                e -> e.getMessage().setHeader(ZuoraJobsConstants.IDEMPOTENCY_KEY, "load passengers 2026-01-01"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeaders()).doesNotContainKey(ZuoraJobsConstants.IDEMPOTENCY_KEY);
        assertThat(submits()).singleElement()
                .satisfies(r -> assertThat(r.header("Idempotency-Key")).isEqualTo("load passengers 2026-01-01"));
        RecordedRequest upload = simulator.requests().stream().filter(r -> r.path().endsWith("/files")).findFirst()
                .orElseThrow();
        assertThat(upload.status()).isEqualTo(200);
        assertThat(upload.header("Idempotency-Key")).isNotBlank().isNotEqualTo("load passengers 2026-01-01");
    }

    @Test
    void aKeyReusedForAnotherRequestFailsWith422() {
        template.request("direct:submit", e -> e.getMessage().setHeader(ZuoraJobsConstants.IDEMPOTENCY_KEY, "k-1"));

        Exchange out = template.request("direct:submit", e -> {
            e.getMessage().setHeader(ZuoraJobsConstants.IDEMPOTENCY_KEY, "k-1");
            e.getMessage().setBody(Map.of("namespace", "default", "object", "passenger", "operation", "delete"));
        });

        assertThat(out.getException()).isInstanceOf(ZuoraIdempotencyException.class)
                .hasMessageStartingWith("Idempotency-Key 'k-1' was already used for a different request");
        ZuoraIdempotencyException refused = (ZuoraIdempotencyException) out.getException();
        assertThat(refused.getHttpStatus()).isEqualTo(422);
        assertThat(refused.isInFlight()).isFalse();
        assertThat(simulator.jobs()).hasSize(1);
    }

    @Test
    void aKeyStillInFlightFailsWith409() throws Exception {
        simulator.faults().on("POST", SUBMIT).times(1).respond(Fault.delay(Duration.ofMillis(500)));
        CompletableFuture<Exchange> first = template.asyncSend("direct:submit",
                e -> e.getMessage().setHeader(ZuoraJobsConstants.IDEMPOTENCY_KEY, "k-2"));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> simulator.faults().injectedCount() == 1);

        Exchange second = template.request("direct:submit",
                e -> e.getMessage().setHeader(ZuoraJobsConstants.IDEMPOTENCY_KEY, "k-2"));

        assertThat(second.getException()).isInstanceOf(ZuoraIdempotencyException.class)
                .hasMessageStartingWith("A request with Idempotency-Key 'k-2' is still being processed");
        assertThat(((ZuoraIdempotencyException) second.getException()).isInFlight()).isTrue();
        assertThat(first.get(5, TimeUnit.SECONDS).getException()).isNull();
        assertThat(simulator.jobs()).hasSize(1);
    }

    @Test
    void eachCopyOfASplitGetsItsOwnKey() {
        Exchange out = template.request("direct:split", e -> e.getMessage().setBody(List.of(
                Map.of("namespace", "default", "object", "passenger", "operation", "create"),
                Map.of("namespace", "default", "object", "passenger", "operation", "create"),
                Map.of("namespace", "default", "object", "passenger", "operation", "update"))));

        assertThat(out.getException()).isNull();
        assertThat(simulator.jobs()).hasSize(3);
        assertThat(submits()).extracting(r -> r.header("Idempotency-Key")).doesNotHaveDuplicates();
    }

    @Test
    void aKeyOf255CharactersIsRefusedBeforeSendingAsZuoraTakesFewerThan255() {
        Exchange out = template.request("direct:submit",
                e -> e.getMessage().setHeader(ZuoraJobsConstants.IDEMPOTENCY_KEY, "k".repeat(255)));

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid Idempotency-Key").hasMessageContaining("255 characters, allowed are 1 to 254");
        assertThat(submits()).isEmpty();
    }

    @Test
    void aKeyOf254CharactersIsSentAndAccepted() {
        Exchange out = template.request("direct:submit",
                e -> e.getMessage().setHeader(ZuoraJobsConstants.IDEMPOTENCY_KEY, "k".repeat(254)));

        assertThat(out.getException()).isNull();
        assertThat(submits()).extracting(r -> r.header("Idempotency-Key")).containsExactly("k".repeat(254));
    }

    private List<RecordedRequest> submits() {
        return simulator.requests().stream().filter(r -> r.method().equals("POST") && r.path().equals(SUBMIT)).toList();
    }
}
