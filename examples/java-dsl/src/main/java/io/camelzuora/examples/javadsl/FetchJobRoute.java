package io.camelzuora.examples.javadsl;

import io.camelzuora.jobs.ZuoraJobsConstants;
import org.apache.camel.builder.RouteBuilder;

/** Fetches one job by id and prints it: Zuora's JSON and the headers the component sets. */
public class FetchJobRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:fetch?repeatCount=1").routeId("fetch-job")
                .setHeader(ZuoraJobsConstants.JOB_ID, simple("{{example.job-id}}"))
                .to("zuora-jobs:getJob")
                .log("Job ${header.CamelZuoraJobId} is ${header.CamelZuoraJobStatus}"
                     + " (Zuora-Request-Id ${header.CamelZuoraRequestId})")
                .convertBodyTo(String.class)
                .log("${body}");
    }
}
