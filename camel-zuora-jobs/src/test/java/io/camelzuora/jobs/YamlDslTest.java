package io.camelzuora.jobs;

import java.util.Properties;

import io.camelzuora.jobs.model.BulkLoadResult;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** getJob and load from YAML DSL routes, configured through endpoint parameters and property placeholders. */
class YamlDslTest {

    private final ZuoraSimulator simulator = new ZuoraSimulator();
    private CamelContext context;

    @BeforeEach
    void start() throws Exception {
        simulator.start();
        simulator.seedExampleJob();
        context = new DefaultCamelContext();
        Properties properties = new Properties();
        properties.setProperty("zuora.base-url", simulator.baseUrl());
        properties.setProperty("zuora.client-id", ZuoraSimulator.DEFAULT_CLIENT_ID);
        properties.setProperty("zuora.client-secret", ZuoraSimulator.DEFAULT_CLIENT_SECRET);
        context.getPropertiesComponent().setInitialProperties(properties);
        PluginHelper.getRoutesLoader(context).loadRoutes(
                PluginHelper.getResourceLoader(context).resolveResource("classpath:routes/get-job.yaml"));
        PluginHelper.getRoutesLoader(context).loadRoutes(
                PluginHelper.getResourceLoader(context).resolveResource("classpath:routes/load.yaml"));
        context.start();
    }

    @AfterEach
    void stop() throws Exception {
        context.close();
        simulator.close();
    }

    @Test
    void fetchesTheSeedExample() {
        Exchange out = context.createProducerTemplate().request("direct:yaml-get-job",
                e -> e.getMessage().setBody(ZuoraSimulator.EXAMPLE_JOB_ID));

        assertThat(out.getException()).isNull();
        CustomObjectBulkJob job = out.getMessage().getBody(CustomObjectBulkJob.class);
        assertThat(job.getId()).isEqualTo(ZuoraSimulator.EXAMPLE_JOB_ID);
        assertThat(job.getError().getCode()).isEqualTo(71012560L);
        assertThat(out.getMessage().getHeader("status")).isEqualTo("failed");
        assertThat(out.getMessage().getHeader(ZuoraJobsConstants.TRACK_ID)).isEqualTo("yaml-route");
        assertThat(simulator.requests().stream().filter(r -> r.path().startsWith("/objects/jobs/")).findFirst()
                .orElseThrow().header("Zuora-Track-Id")).isEqualTo("yaml-route");
    }

    @Test
    void loadsACsvInSeveralParts() {
        simulator.recordsPerSecond(200).clock().runInRealTime(20);

        Exchange out = context.createProducerTemplate().request("direct:yaml-load",
                e -> e.getMessage().setBody(LoadTest.csv(40)));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader("status")).isEqualTo("completed");
        assertThat(out.getMessage().getBody(BulkLoadResult.class).getParts()).hasSizeGreaterThan(3);
        assertThat(simulator.records("passenger")).hasSize(40);
    }
}
