package io.camelzuora.examples.javadsl;

import java.util.List;

import io.camelzuora.examples.support.LoadOutcome;
import io.camelzuora.jobs.ZuoraJobsConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * A bulk load from start to end: submit a create job, upload its CSV, watch the job's lifecycle and log every status
 * change, and fetch the failed rows when the job fails. The watch reads its job ids on every poll from the bean
 * {@code submittedJobs}, a set the load route adds each new job to.
 */
public class BulkLoadRoutes extends RouteBuilder {

    private final LoadOutcome outcome;

    public BulkLoadRoutes(LoadOutcome outcome) {
        this.outcome = outcome;
    }

    @Override
    public void configure() {
        from("timer:load?repeatCount=1").routeId("load")
                .to("zuora-jobs:submitJob?object={{example.object}}&jobOperation=create")
                .log("Submitted job ${header.CamelZuoraJobId}: ${header.CamelZuoraJobStatus}")
                .bean("submittedJobs", "add(${header.CamelZuoraJobId})")
                .setBody().constant("resource:classpath:{{example.csv}}")
                .to("zuora-jobs:uploadFile")
                .log("Uploaded {{example.csv}} to job ${header.CamelZuoraJobId}");

        from("zuora-jobs:watch?jobIds=#submittedJobs&stateRepository=#watchState&delay={{example.poll-delay}}").routeId("watch")
                .choice()
                    .when(header(ZuoraJobsConstants.JOB_PREVIOUS_STATUS).isNull())
                        .log("Job ${header.CamelZuoraJobId} is ${header.CamelZuoraJobStatus}")
                    .otherwise()
                        .log("Job ${header.CamelZuoraJobId}: ${header.CamelZuoraJobPreviousStatus}"
                             + " -> ${header.CamelZuoraJobStatus}")
                .end()
                .filter(header(ZuoraJobsConstants.JOB_STATUS).isEqualTo("failed"))
                    .log("Job ${header.CamelZuoraJobId} failed: ${body.error.message}")
                    .to("zuora-jobs:listErrors")
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
