package io.camelzuora.examples.springboot;

import java.util.List;

import io.camelzuora.examples.support.LoadOutcome;
import io.camelzuora.jobs.ZuoraJobsConstants;
import io.camelzuora.jobs.dsl.ZuoraJobsEndpointBuilderFactory.ZuoraJobsBuilders;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;
import org.springframework.stereotype.Component;

/**
 * A bulk load written with the typed endpoint builder: submit a create job, upload its CSV, watch the job and log every
 * status change, and fetch the failed rows when it fails.
 */
@Component
public class BulkLoadRoutes extends EndpointRouteBuilder implements ZuoraJobsBuilders {

    private final LoadOutcome outcome;

    public BulkLoadRoutes(LoadOutcome outcome) {
        this.outcome = outcome;
    }

    @Override
    public void configure() {
        from(timer("load").repeatCount(1)).routeId("load")
                .to(zuoraJobs("submitJob").object("{{example.object}}").jobOperation("create"))
                .log("Submitted job ${header.CamelZuoraJobId}: ${header.CamelZuoraJobStatus}")
                .bean("submittedJobs", "add(${header.CamelZuoraJobId})")
                .setBody().constant("resource:classpath:{{example.csv}}")
                .to(zuoraJobs("uploadFile"))
                .log("Uploaded {{example.csv}} to job ${header.CamelZuoraJobId}");

        from(zuoraJobs("watch").jobIds("#submittedJobs").stateRepository("#watchState").delay("{{example.poll-delay}}"))
                .routeId("watch")
                .choice()
                    .when(header(ZuoraJobsConstants.JOB_PREVIOUS_STATUS).isNull())
                        .log("Job ${header.CamelZuoraJobId} is ${header.CamelZuoraJobStatus}")
                    .otherwise()
                        .log("Job ${header.CamelZuoraJobId}: ${header.CamelZuoraJobPreviousStatus}"
                             + " -> ${header.CamelZuoraJobStatus}")
                .end()
                .filter(header(ZuoraJobsConstants.JOB_STATUS).isEqualTo("failed"))
                    .log("Job ${header.CamelZuoraJobId} failed: ${body.error.message}")
                    .to(zuoraJobs("listErrors"))
                    .process(exchange -> outcome.rowErrors(exchange.getMessage().getBody(List.class)))
                    .split(body())
                        .log("  row ${body.row}: ${body.message} ${body.record.fields}")
                    .end()
                .end()
                .process(exchange -> outcome.statusChanged(
                        exchange.getMessage().getHeader(ZuoraJobsConstants.JOB_STATUS, String.class),
                        exchange.getMessage().getHeader(ZuoraJobsConstants.JOB_TERMINAL, false, Boolean.class)));
    }
}
