package io.camelzuora.examples.quarkus;

import org.apache.camel.builder.RouteBuilder;

/** Fetches the job whose id is in the message body. */
public class FetchJobRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:fetch").routeId("fetch-job")
                .setHeader("CamelZuoraJobId", body())
                .to("zuora-jobs:getJob")
                .log("Job ${header.CamelZuoraJobId} is ${header.CamelZuoraJobStatus}");
    }
}
