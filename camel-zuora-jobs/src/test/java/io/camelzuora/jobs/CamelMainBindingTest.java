package io.camelzuora.jobs;

import java.util.Properties;

import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.camel.spi.BeanIntrospection;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code camel.component.zuora-jobs.*} properties bind under Camel Main through the generated configurers alone. */
class CamelMainBindingTest {

    private final ZuoraSimulator simulator = new ZuoraSimulator();
    private final Main main = new Main();

    @BeforeEach
    void start() throws Exception {
        simulator.start();
        simulator.seedExampleJob();
        Properties properties = new Properties();
        properties.setProperty("camel.component.zuora-jobs.base-url", simulator.baseUrl());
        properties.setProperty("camel.component.zuora-jobs.client-id", ZuoraSimulator.DEFAULT_CLIENT_ID);
        properties.setProperty("camel.component.zuora-jobs.client-secret", ZuoraSimulator.DEFAULT_CLIENT_SECRET);
        properties.setProperty("camel.component.zuora-jobs.zuora-version", "2024-05-20");
        properties.setProperty("camel.component.zuora-jobs.track-id", "main-app");
        properties.setProperty("camel.component.zuora-jobs.request-timeout", "15s");
        properties.setProperty("camel.component.zuora-jobs.max-retries", "2");
        properties.setProperty("camel.component.zuora-jobs.gzip", "false");
        properties.setProperty("camel.main.bean-introspection-extended-statistics", "true");
        main.setInitialProperties(properties);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").to("zuora-jobs:getJob");
            }
        });
        main.start();
    }

    @AfterEach
    void stop() {
        main.stop();
        simulator.close();
    }

    @Test
    void bindsEveryPropertyWithoutReflection() throws Exception {
        CustomObjectBulkJob job = main.getCamelTemplate().requestBodyAndHeader("direct:get", null,
                ZuoraJobsConstants.JOB_ID, ZuoraSimulator.EXAMPLE_JOB_ID, CustomObjectBulkJob.class);

        assertThat(job.getStatus()).isEqualTo("failed");
        ZuoraJobsConfiguration configuration = main.getCamelContext().getComponent("zuora-jobs", ZuoraJobsComponent.class)
                .getConfiguration();
        assertThat(configuration.getRequestTimeout()).isEqualTo(15_000);
        assertThat(configuration.getMaxRetries()).isEqualTo(2);
        assertThat(configuration.isGzip()).isFalse();
        var request = simulator.requests().stream().filter(r -> r.path().startsWith("/objects/jobs/")).findFirst()
                .orElseThrow();
        assertThat(request.header("Zuora-Version")).isEqualTo("2024-05-20");
        assertThat(request.header("Zuora-Track-Id")).isEqualTo("main-app");
        assertThat(request.header("Accept-Encoding")).isNull();

        BeanIntrospection introspection = PluginHelper.getBeanIntrospection(main.getCamelContext());
        assertThat(introspection.getInvokedCounter()).isZero();
    }
}
