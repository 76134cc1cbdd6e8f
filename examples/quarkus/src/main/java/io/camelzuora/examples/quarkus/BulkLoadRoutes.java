package io.camelzuora.examples.quarkus;

import java.util.List;

import io.camelzuora.examples.support.LoadOutcome;
import io.camelzuora.jobs.ZuoraJobsConstants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;

/**
 * A bulk load from start to end: {@code direct:load} submits a create job and uploads its CSV; the watch logs every
 * status change of the job, with its failed rows (fetched by the watch itself, {@code includeErrors=true}) when it
 * fails. A CDI bean, so that the outcome is injected.
 */
@ApplicationScoped
public class BulkLoadRoutes extends RouteBuilder {

    @Inject
    LoadOutcome outcome;

    @Override
    public void configure() {
        from("direct:load").routeId("load")
                .to("zuora-jobs:submitJob?object={{example.object}}&jobOperation=create")
                .log("Submitted job ${header.CamelZuoraJobId}: ${header.CamelZuoraJobStatus}")
                .bean("submittedJobs", "add(${header.CamelZuoraJobId})")
                .setBody().constant("resource:classpath:{{example.csv}}")
                .to("zuora-jobs:uploadFile")
                .log("Uploaded {{example.csv}} to job ${header.CamelZuoraJobId}");

        from("zuora-jobs:watch?jobIds=#submittedJobs&stateRepository=#watchState&includeErrors=true"
             + "&delay={{example.poll-delay}}").routeId("watch")
                .choice()
                    .when(header(ZuoraJobsConstants.JOB_PREVIOUS_STATUS).isNull())
                        .log("Job ${header.CamelZuoraJobId} is ${header.CamelZuoraJobStatus}")
                    .otherwise()
                        .log("Job ${header.CamelZuoraJobId}: ${header.CamelZuoraJobPreviousStatus}"
                             + " -> ${header.CamelZuoraJobStatus}")
                .end()
                .filter(header(ZuoraJobsConstants.JOB_STATUS).isEqualTo("failed"))
                    .log("Job ${header.CamelZuoraJobId} failed: ${body.error.message}")
                    .process(exchange -> outcome.rowErrors(
                            exchange.getMessage().getHeader(ZuoraJobsConstants.JOB_ERRORS, List.class)))
                    .split(header(ZuoraJobsConstants.JOB_ERRORS))
                        .log("  row ${body.row}: ${body.message} ${body.record.fields}")
                    .end()
                .end()
                .process(exchange -> outcome.statusChanged(
                        exchange.getMessage().getHeader(ZuoraJobsConstants.JOB_STATUS, String.class),
                        exchange.getMessage().getHeader(ZuoraJobsConstants.JOB_TERMINAL, false, Boolean.class)));
    }
}
