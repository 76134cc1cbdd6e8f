package io.camelzuora.examples.springboot;

import io.camelzuora.examples.support.ExampleTenant;
import io.camelzuora.examples.support.LoadOutcome;
import io.camelzuora.examples.support.Passengers;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextClosedEvent;

/**
 * A Spring Boot application that runs a bulk load ({@link BulkLoadRoutes}) at startup with the component configured in
 * {@code application.yaml} through the starter. It keeps running until stopped (Ctrl+C), as an integration does.
 */
@SpringBootApplication
public class ZuoraJobsApplication {

    public static void main(String[] args) {
        ExampleTenant tenant = ExampleTenant.fromEnvironment(1);
        SpringApplication application = new SpringApplication(ZuoraJobsApplication.class);
        application.setDefaultProperties(tenant.tenantProperties());
        application.addListeners((ApplicationListener<ContextClosedEvent>) closed -> tenant.close());
        application.run(args);
    }

    /** The records the load loads. */
    @Bean
    public Passengers passengers() {
        return new Passengers();
    }

    /** The example watches the jobs its own load submits, so it needs no memory across restarts. */
    @Bean
    public StateRepository<String, String> watchState() {
        return new MemoryStateRepository();
    }

    @Bean
    public LoadOutcome loadOutcome() {
        return new LoadOutcome();
    }
}
