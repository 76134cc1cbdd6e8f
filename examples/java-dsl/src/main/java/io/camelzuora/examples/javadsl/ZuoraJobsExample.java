package io.camelzuora.examples.javadsl;

import java.time.Duration;
import java.util.Properties;

import io.camelzuora.examples.support.ExampleTenant;
import io.camelzuora.examples.support.LoadOutcome;
import io.camelzuora.examples.support.Passengers;
import org.apache.camel.main.Main;
import org.apache.camel.support.processor.state.MemoryStateRepository;

/**
 * Runs a bulk load on Camel Main and exits when it has ended: loads 3,000 generated {@code passenger} records through
 * {@code zuora-jobs:load} in parts of 12,000 bytes (so several jobs, more than the 5 Zuora runs at once), logs every
 * status change of the jobs the watch sees, the load's result and the records Zuora refused (one in 500 has an age that
 * is not a number). Exits with 0 when the load ran to its end, 1 when it failed (Zuora unreachable, credentials
 * refused, ...). Against the embedded simulator by default; against a real tenant set {@code ZUORA_BASE_URL},
 * {@code ZUORA_CLIENT_ID} and {@code ZUORA_CLIENT_SECRET}, and {@code EXAMPLE_OBJECT} to a custom object of yours with
 * those fields.
 */
public final class ZuoraJobsExample {

    /** How much faster than the wall clock the embedded simulator runs jobs; 1 is Zuora's pace. */
    static final double SIMULATOR_SPEED = 1;

    private ZuoraJobsExample() {
    }

    public static void main(String[] args) throws Exception {
        int status;
        try (ExampleTenant tenant = ExampleTenant.fromEnvironment(SIMULATOR_SPEED)) {
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

    /** A Camel Main with the bulk-load routes, configured for the tenant. */
    static Main createMain(ExampleTenant tenant, LoadOutcome outcome) {
        Properties properties = new Properties();
        properties.putAll(tenant.componentProperties());
        properties.setProperty("example.object", env("EXAMPLE_OBJECT", "passenger"));
        properties.setProperty("example.part-size", "12000");
        properties.setProperty("example.poll-delay", tenant.isSimulated() ? "200" : "5000");
        properties.setProperty("example.await-interval", tenant.isSimulated() ? "500" : "5000");
        properties.setProperty("camel.main.name", "zuora-jobs-example");
        Main main = new Main();
        main.setInitialProperties(properties);
        main.bind("passengers", new Passengers());
        // the example needs no memory across restarts: it watches the jobs its own load submits
        main.bind("watchState", new MemoryStateRepository());
        main.configure().addRoutesBuilder(new BulkLoadRoutes(outcome));
        return main;
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
