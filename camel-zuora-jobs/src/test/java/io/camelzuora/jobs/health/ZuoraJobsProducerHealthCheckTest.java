package io.camelzuora.jobs.health;

import java.util.Collection;
import java.util.Optional;

import io.camelzuora.jobs.ZuoraJobsTestSupport;
import io.camelzuora.simulator.Fault;
import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer health check with camel-health: registered only when producer checks are turned on (Camel's opt-in), UP
 * when Zuora answers one cheap authenticated call, DOWN with the HTTP status and Zuora's request id when it does not,
 * and never showing a secret.
 */
class ZuoraJobsProducerHealthCheckTest extends ZuoraJobsTestSupport {

    private static final String CHECK_PREFIX = "producer:zuora-jobs-";

    private void startProducerRoute() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:check").routeId("check").to("zuora-jobs:getJob");
            }
        });
    }

    private void turnOnProducerChecks() {
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        assertThat(producers).as("camel-health's producers repository").isNotNull();
        producers.setEnabled(true);
    }

    private Optional<HealthCheck.Result> zuoraProducerCheck() {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context);
        return results.stream().filter(r -> r.getCheck().getId().startsWith(CHECK_PREFIX)).findFirst();
    }

    @Test
    void isNotRegisteredUnlessProducerChecksAreTurnedOn() throws Exception {
        startProducerRoute();
        assertThat(zuoraProducerCheck()).isEmpty();
    }

    @Test
    void isUpWhenZuoraAnswersOneCheapAuthenticatedCall() throws Exception {
        turnOnProducerChecks();
        startProducerRoute();
        simulator.clearRequests();

        HealthCheck.Result result = zuoraProducerCheck().orElseThrow();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getCheck().isLiveness()).isFalse();
        assertThat(result.getDetails()).containsKey("zuora.request.id");
        assertThat(simulator.requests()).filteredOn(r -> r.path().startsWith("/objects/"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.method()).isEqualTo("GET");
                    assertThat(r.path()).isEqualTo("/objects/jobs");
                    assertThat(r.query()).isEqualTo("pageSize=1");
                    assertThat(r.header("Authorization")).startsWith("Bearer ");
                });
    }

    @Test
    void isDownWithTheHttpStatusWhenZuoraRefusesAndShowsNoSecret() throws Exception {
        turnOnProducerChecks();
        startProducerRoute();
        simulator.faults().on("GET", "/objects/jobs").times(10).respond(Fault.status(401));

        HealthCheck.Result result = zuoraProducerCheck().orElseThrow();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401);
        String everything = result.getDetails() + " " + result.getMessage().orElse("")
                            + result.getError().map(Throwable::toString).orElse("");
        assertThat(everything).doesNotContain(ZuoraSimulator.DEFAULT_CLIENT_SECRET);
    }

    @Test
    void isUpAgainOnceZuoraAnswers() throws Exception {
        turnOnProducerChecks();
        startProducerRoute();
        simulator.faults().on("GET", "/objects/jobs").times(20).respond(Fault.status(503));
        assertThat(zuoraProducerCheck().orElseThrow().getState()).isEqualTo(HealthCheck.State.DOWN);

        simulator.faults().clear();
        assertThat(zuoraProducerCheck().orElseThrow().getState()).isEqualTo(HealthCheck.State.UP);
    }
}
