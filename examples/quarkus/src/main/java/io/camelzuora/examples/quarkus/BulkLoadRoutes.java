package io.camelzuora.examples.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.camelzuora.examples.support.LoadOutcome;
import io.camelzuora.jobs.ZuoraJobsConstants;
import io.camelzuora.jobs.model.BulkLoadResult;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * A bulk load from start to end: {@code direct:load} loads the passenger records through {@code zuora-jobs:load} in
 * parts of at most {@code example.part-size} bytes and logs the result with every record Zuora refused; the watch
 * discovers the tenant's jobs and logs every status change of the load's jobs. A CDI bean, so that the outcome is
 * injected.
 */
@ApplicationScoped
public class BulkLoadRoutes extends RouteBuilder {

    @Inject
    LoadOutcome outcome;

    @Override
    public void configure() {
        from("direct:load").routeId("load")
                .onException(Exception.class).handled(true)
                    .log(LoggingLevel.ERROR, "The load failed: ${exception.message}")
                    .process(exchange -> outcome.failed(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)))
                .end()
                .bean("passengers", "records")
                .log("Loading ${body.size} passenger records in parts of at most {{example.part-size}} bytes")
                .to("zuora-jobs:load?object={{example.object}}&jobOperation=create&partSize={{example.part-size}}"
                    + "&awaitInterval={{example.await-interval}}")
                .log("Load ${header.CamelZuoraLoadId} ended ${header.CamelZuoraJobStatus}: ${body.recordsRead} records read, ${body.recordsFailed} refused, in ${body.parts.size} parts")
                .split(simple("${body.rowErrors}"))
                    .log("  record ${body.recordNumber} (part ${body.part}, job ${body.jobId}): ${body.message}")
                .end()
                .log("The refused records, to correct and load again:\n${body.failedRecordsCsv}")
                .process(exchange -> outcome.loaded(exchange.getMessage().getBody(BulkLoadResult.class)));

        from("zuora-jobs:watch?objectFilter={{example.object}}&stateRepository=#watchState"
             + "&delay={{example.poll-delay}}").routeId("watch")
                .choice()
                    .when(header(ZuoraJobsConstants.JOB_PREVIOUS_STATUS).isNull())
                        .log("Job ${header.CamelZuoraJobId} is ${header.CamelZuoraJobStatus}")
                    .otherwise()
                        .log("Job ${header.CamelZuoraJobId}: ${header.CamelZuoraJobPreviousStatus}"
                             + " -> ${header.CamelZuoraJobStatus}")
                .end()
                .process(exchange -> outcome.statusChanged(
                        exchange.getMessage().getHeader(ZuoraJobsConstants.JOB_ID, String.class),
                        exchange.getMessage().getHeader(ZuoraJobsConstants.JOB_STATUS, String.class)));
    }
}
