package io.camelzuora.examples.quarkus;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.camelzuora.simulator.ZuoraSimulator;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.apache.camel.ProducerTemplate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The Zuora the example talks to when no real tenant is configured: a simulator on {@code zuora.simulator.port}, its
 * clock running {@code zuora.simulator.speed} times faster than real time, which {@code application.properties} points
 * the component at. With {@code ZUORA_BASE_URL} set it starts nothing. Once Zuora is there, it starts the load (unless
 * {@code example.start-load} is {@code false}).
 */
@ApplicationScoped
public class EmbeddedZuora {

    private static final Logger LOG = Logger.getLogger(EmbeddedZuora.class);

    @ConfigProperty(name = "ZUORA_BASE_URL")
    Optional<String> tenantBaseUrl;
    @ConfigProperty(name = "zuora.simulator.port")
    int port;
    @ConfigProperty(name = "zuora.simulator.speed")
    double speed;
    @ConfigProperty(name = "example.start-load", defaultValue = "true")
    boolean startLoad;

    @Inject
    ProducerTemplate template;

    private ZuoraSimulator simulator;

    void start(@Observes StartupEvent event) {
        if (tenantBaseUrl.filter(url -> !url.isBlank()).isPresent()) {
            LOG.infof("Using the Zuora tenant at %s", tenantBaseUrl.get());
        } else {
            simulator = new ZuoraSimulator();
            simulator.start(port);
            simulator.clock().runInRealTime(speed);
            LOG.infof("No ZUORA_BASE_URL: using an embedded Zuora simulator at %s", simulator.baseUrl());
        }
        if (startLoad) {
            template.asyncSendBody("direct:load", null);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (simulator != null) {
            simulator.close();
        }
    }

    /** The simulator, when the example runs against one. */
    public Optional<ZuoraSimulator> simulator() {
        return Optional.ofNullable(simulator);
    }
}
