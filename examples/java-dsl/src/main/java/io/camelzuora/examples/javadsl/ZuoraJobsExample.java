package io.camelzuora.examples.javadsl;

import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.camelzuora.examples.support.ExampleTenant;
import io.camelzuora.examples.support.LoadOutcome;
import org.apache.camel.main.Main;
import org.apache.camel.support.processor.state.MemoryStateRepository;

/**
 * Runs a bulk load on Camel Main and exits when the job has ended: submits a create job for {@code passenger} records,
 * uploads {@code passengers.csv}, logs every status change the watch sees, and the failed rows if the job fails.
 * Against the embedded simulator (the default) one row of the CSV is invalid, so the job fails and its row error is
 * shown; against a real tenant set {@code ZUORA_BASE_URL}, {@code ZUORA_CLIENT_ID} and {@code ZUORA_CLIENT_SECRET},
 * and {@code EXAMPLE_OBJECT} to a custom object of yours with those fields.
 */
public final class ZuoraJobsExample {

    /** How much faster than the wall clock the embedded simulator runs jobs; 1 is Zuora's pace. */
    static final double SIMULATOR_SPEED = 1;

    private ZuoraJobsExample() {
    }

    public static void main(String[] args) throws Exception {
        try (ExampleTenant tenant = ExampleTenant.fromEnvironment(SIMULATOR_SPEED)) {
            LoadOutcome outcome = new LoadOutcome();
            Main main = createMain(tenant, outcome);
            main.start();
            try {
                String status = outcome.awaitEnd(30, TimeUnit.MINUTES);
                System.out.println("The job ended " + status + " after " + outcome.statuses());
            } finally {
                main.stop();
            }
        }
    }

    /** A Camel Main with the bulk-load routes, configured for the tenant. */
    static Main createMain(ExampleTenant tenant, LoadOutcome outcome) {
        Properties properties = new Properties();
        properties.putAll(tenant.componentProperties());
        properties.setProperty("example.object", env("EXAMPLE_OBJECT", "passenger"));
        properties.setProperty("example.csv", "passengers.csv");
        properties.setProperty("example.poll-delay", tenant.isSimulated() ? "200" : "5000");
        properties.setProperty("camel.main.name", "zuora-jobs-example");
        Main main = new Main();
        main.setInitialProperties(properties);
        main.bind("submittedJobs", ConcurrentHashMap.newKeySet());
        // the example needs no memory across restarts: it watches only the job it submitted itself
        main.bind("watchState", new MemoryStateRepository());
        main.configure().addRoutesBuilder(new BulkLoadRoutes(outcome));
        return main;
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
