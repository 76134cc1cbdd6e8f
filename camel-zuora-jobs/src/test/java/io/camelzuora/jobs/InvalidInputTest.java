package io.camelzuora.jobs;

import java.util.stream.Stream;

import io.camelzuora.jobs.model.CustomObjectBulkJob;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class InvalidInputTest extends ZuoraJobsTestSupport {

    private static final String EXAMPLE_ID = "ed4b9701-bafb-4976-8019-b08269430153";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").to("zuora-jobs:getJob");
            }
        };
    }

    static Stream<Arguments> badJobIds() {
        return Stream.of(
                Arguments.of("", "''"),
                Arguments.of("   ", "'   '"),
                Arguments.of("../oauth/token", "'../oauth/token'"),
                Arguments.of("ed4b9701-bafb-4976-8019-b08269430153/../../oauth", "ed4b9701"),
                Arguments.of("ed4b9701%2Fbafb-4976-8019-b08269430153", "%2F"),
                Arguments.of("ed4b9701-bafb-4976-8019-b0826943015\r\nX-Evil: 1", "\\u000d\\u000a"),
                Arguments.of("ed4b9701-bafb-4976-8019-b082694301533", "ed4b9701-bafb-4976-8019-b082694301533"),
                Arguments.of("ed4b9701-bafb-4976-8019-b0826943015", "ed4b9701-bafb-4976-8019-b0826943015"),
                Arguments.of("ëd4b9701-bafb-4976-8019-b08269430153", "\\u00eb"),
                Arguments.of("a".repeat(10_000), "10000 characters"));
    }

    @ParameterizedTest
    @MethodSource("badJobIds")
    void refusesABadJobIdBeforeSendingAnything(String id, String shown) {
        Exchange out = template.request("direct:get", e -> e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, id));

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("header CamelZuoraJobId").hasMessageContaining(shown)
                .hasMessageContaining("UUID");
        assertThat(out.getException().getMessage()).doesNotContain("\r", "\n").hasSizeLessThan(300);
        assertThat(simulator.requests()).isEmpty();
    }

    static Stream<Arguments> badTrackIds() {
        return Stream.of(
                Arguments.of("t".repeat(65), "65 characters"),
                Arguments.of("order:17", "':'"),
                Arguments.of("order;17", "';'"),
                Arguments.of("order\"17", "'\"'"),
                Arguments.of("order'17", "'''"),
                Arguments.of("order\r\nZuora-Entity-Ids: x", "'\\u000d'"),
                Arguments.of("ordér", "'\\u00e9'"),
                Arguments.of("", "0 characters"));
    }

    @ParameterizedTest
    @MethodSource("badTrackIds")
    void refusesABadTrackIdBeforeSendingAnything(String trackId, String shown) {
        simulator.seedExampleJob();

        Exchange out = template.request("direct:get", e -> {
            e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, EXAMPLE_ID);
            e.getMessage().setHeader(ZuoraJobsConstants.TRACK_ID, trackId);
        });

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Zuora-Track-Id").hasMessageContaining("header CamelZuoraTrackId")
                .hasMessageContaining(shown);
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void aMissingJobIdNamesBothWaysToGiveOne() {
        Exchange out = template.request("direct:get", e -> {
        });

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CamelZuoraJobId").hasMessageContaining("jobId");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void theRouteGoesOnWithTheNextExchange() {
        simulator.seedExampleJob();
        template.request("direct:get", e -> e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, "../oauth/token"));

        CustomObjectBulkJob job = template.requestBodyAndHeader("direct:get", null, ZuoraJobsConstants.JOB_ID,
                EXAMPLE_ID, CustomObjectBulkJob.class);

        assertThat(job.getId()).isEqualTo(EXAMPLE_ID);
    }
}
