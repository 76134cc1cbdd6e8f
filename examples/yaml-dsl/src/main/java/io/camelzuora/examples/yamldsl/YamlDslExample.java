package io.camelzuora.examples.yamldsl;

import java.time.Duration;
import java.util.Properties;

import io.camelzuora.examples.support.ExampleTenant;
import io.camelzuora.examples.support.LoadOutcome;
import org.apache.camel.main.Main;

/**
 * Runs the YAML routes of {@code routes/bulk-load.camel.yaml} on Camel Main and exits when the load has ended: with 0
 * when it ran to its end, 1 when it failed (Zuora unreachable, credentials refused, ...). Against the embedded
 * simulator or, with {@code ZUORA_BASE_URL}, {@code ZUORA_CLIENT_ID} and {@code ZUORA_CLIENT_SECRET} set, a real tenant
 * ({@code EXAMPLE_OBJECT} names the custom object there).
 */
public final class YamlDslExample {

    private YamlDslExample() {
    }

    public static void main(String[] args) throws Exception {
        int status;
        try (ExampleTenant tenant = ExampleTenant.fromEnvironment(1)) {
            status = run(tenant, new LoadOutcome(), Duration.ofMinutes(30));
        }
        System.exit(status);
    }

    /**
     * Runs the load against the tenant and answers the exit status: 0 when the load ran to its end, 1 when it failed or
     * did not end within {@code timeout}.
     */
    static int run(ExampleTenant tenant, LoadOutcome outcome, Duration timeout) throws Exception {
        Main main = createMain(tenant, outcome);
        main.start();
        try {
            return outcome.awaitExitStatus(timeout);
        } finally {
            main.stop();
        }
    }

    /** A Camel Main that loads the YAML routes, configured for the tenant, with {@code outcome} as loadOutcome. */
    static Main createMain(ExampleTenant tenant, LoadOutcome outcome) {
        Properties properties = new Properties();
        properties.putAll(tenant.componentProperties());
        String object = System.getenv("EXAMPLE_OBJECT");
        properties.setProperty("example.object", object == null || object.isBlank() ? "passenger" : object);
        properties.setProperty("example.part-size", "12000");
        properties.setProperty("example.poll-delay", tenant.isSimulated() ? "200" : "5000");
        properties.setProperty("example.await-interval", tenant.isSimulated() ? "500" : "5000");
        properties.setProperty("camel.main.name", "zuora-jobs-yaml-example");
        properties.setProperty("camel.main.routes-include-pattern", "classpath:routes/bulk-load.camel.yaml");
        Main main = new Main();
        main.setInitialProperties(properties);
        main.bind("loadOutcome", outcome);
        return main;
    }
}
