package io.camelzuora.examples.yamldsl;

import java.util.Properties;

import io.camelzuora.examples.support.ExampleTenant;
import org.apache.camel.main.Main;

/**
 * Runs the YAML routes of {@code routes/bulk-load.camel.yaml} on Camel Main until stopped (Ctrl+C), against the
 * embedded simulator or, with {@code ZUORA_BASE_URL}, {@code ZUORA_CLIENT_ID} and {@code ZUORA_CLIENT_SECRET} set, a
 * real tenant ({@code EXAMPLE_OBJECT} names the custom object there).
 */
public final class YamlDslExample {

    private YamlDslExample() {
    }

    public static void main(String[] args) throws Exception {
        try (ExampleTenant tenant = ExampleTenant.fromEnvironment(1)) {
            createMain(tenant).run(args);
        }
    }

    /** A Camel Main that loads the YAML routes, configured for the tenant. */
    static Main createMain(ExampleTenant tenant) {
        Properties properties = new Properties();
        properties.putAll(tenant.componentProperties());
        String object = System.getenv("EXAMPLE_OBJECT");
        properties.setProperty("example.object", object == null || object.isBlank() ? "passenger" : object);
        properties.setProperty("example.poll-delay", tenant.isSimulated() ? "200" : "5000");
        properties.setProperty("camel.main.name", "zuora-jobs-yaml-example");
        properties.setProperty("camel.main.routes-include-pattern", "classpath:routes/bulk-load.camel.yaml");
        Main main = new Main();
        main.setInitialProperties(properties);
        return main;
    }
}
