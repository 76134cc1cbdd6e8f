package io.camelzuora.benchmarks;

import io.camelzuora.jobs.model.CustomObjectBulkJob;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * The route a user writes without the component: set Zuora's headers, call camel-http, unmarshal with Jackson. The
 * bearer token is obtained once beforehand (this route does not renew it).
 */
final class CamelHttpFetch implements FetchContender {

    static final String NAME = "camel-http route";

    private final CamelContext camel = new DefaultCamelContext();
    private final ProducerTemplate template;

    CamelHttpFetch(String baseUrl, String bearerToken) throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:fetch")
                        .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                        .setHeader(Exchange.HTTP_PATH, body())
                        .setHeader("Authorization", constant("Bearer " + bearerToken))
                        .setHeader("Accept", constant("application/json"))
                        .to(baseUrl + "/objects/jobs")
                        .unmarshal().json(JsonLibrary.Jackson, CustomObjectBulkJob.class);
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fetchStatus(String jobId) {
        return template.requestBody("direct:fetch", jobId, CustomObjectBulkJob.class).getStatus();
    }

    @Override
    public void close() throws Exception {
        camel.close();
    }
}
