package io.camelzuora.examples.javadsl;

import java.util.Properties;

import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.main.Main;

/**
 * Runs the example on Camel Main: fetches a job with {@code zuora-jobs:getJob} and prints it, then exits. Against the
 * embedded simulator it fetches the API documentation's sample job; against a real tenant set {@code ZUORA_JOB_ID}.
 */
public final class ZuoraJobsExample {

    private ZuoraJobsExample() {
    }

    public static void main(String[] args) throws Exception {
        try (ZuoraTenant tenant = ZuoraTenant.fromEnvironment()) {
            Main main = createMain(tenant);
            main.run(args);
        }
    }

    /** A Camel Main with the example's routes, configured for the tenant, stopping after the job was printed. */
    static Main createMain(ZuoraTenant tenant) {
        Properties properties = new Properties();
        properties.putAll(tenant.componentProperties());
        String jobId = System.getenv("ZUORA_JOB_ID");
        properties.setProperty("example.job-id",
                jobId != null && !jobId.isBlank() ? jobId : ZuoraSimulator.EXAMPLE_JOB_ID);
        properties.setProperty("camel.main.name", "zuora-jobs-example");
        properties.setProperty("camel.main.duration-max-messages", "1");
        Main main = new Main();
        main.setInitialProperties(properties);
        main.configure().addRoutesBuilder(new FetchJobRoute());
        return main;
    }
}
