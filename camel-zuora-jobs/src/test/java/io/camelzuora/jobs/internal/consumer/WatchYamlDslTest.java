package io.camelzuora.jobs.internal.consumer;

import java.time.Duration;
import java.util.Properties;

import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The watch from a YAML DSL route, with its scheduler running. */
class WatchYamlDslTest {

    private final ZuoraSimulator simulator = new ZuoraSimulator();
    private CamelContext context;
    private String jobId;

    @BeforeEach
    void start() throws Exception {
        simulator.start();
        jobId = simulator.createJob("passenger", "delete").id();
        context = new DefaultCamelContext();
        Properties properties = new Properties();
        properties.setProperty("zuora.base-url", simulator.baseUrl());
        properties.setProperty("zuora.client-id", ZuoraSimulator.DEFAULT_CLIENT_ID);
        properties.setProperty("zuora.client-secret", ZuoraSimulator.DEFAULT_CLIENT_SECRET);
        properties.setProperty("zuora.job-ids", jobId);
        context.getPropertiesComponent().setInitialProperties(properties);
        PluginHelper.getRoutesLoader(context).loadRoutes(
                PluginHelper.getResourceLoader(context).resolveResource("classpath:routes/watch.yaml"));
        context.start();
    }

    @AfterEach
    void stop() throws Exception {
        context.close();
        simulator.close();
    }

    @Test
    void emitsTheChangesOfTheWatchedJob() throws Exception {
        MockEndpoint changes = context.getEndpoint("mock:yaml-changes", MockEndpoint.class);
        changes.expectedHeaderValuesReceivedInAnyOrder("change", ">accepted");
        changes.assertIsSatisfied();

        changes.reset();
        changes.expectedHeaderValuesReceivedInAnyOrder("change", "accepted>cancelled");
        simulator.scheduleStatus(jobId, Duration.ZERO, "cancelled");
        simulator.clock().advance(Duration.ofMillis(1));
        changes.assertIsSatisfied();
    }
}
