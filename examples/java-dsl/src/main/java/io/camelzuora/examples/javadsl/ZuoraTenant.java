package io.camelzuora.examples.javadsl;

import java.util.Properties;

import io.camelzuora.simulator.ZuoraSimulator;

/**
 * Where the example's Zuora is: a real tenant when {@code ZUORA_BASE_URL}, {@code ZUORA_CLIENT_ID} and
 * {@code ZUORA_CLIENT_SECRET} are set, otherwise an embedded simulator seeded with the API documentation's sample job.
 */
final class ZuoraTenant implements AutoCloseable {

    private final ZuoraSimulator simulator;
    private final Properties properties = new Properties();

    private ZuoraTenant(ZuoraSimulator simulator, String baseUrl, String clientId, String clientSecret) {
        this.simulator = simulator;
        properties.setProperty("camel.component.zuora-jobs.base-url", baseUrl);
        // secrets go through placeholders, as Camel recommends, so they can come from a vault instead
        properties.setProperty("camel.component.zuora-jobs.client-id", "{{zuora.client-id}}");
        properties.setProperty("camel.component.zuora-jobs.client-secret", "{{zuora.client-secret}}");
        properties.setProperty("zuora.client-id", clientId);
        properties.setProperty("zuora.client-secret", clientSecret);
    }

    static ZuoraTenant fromEnvironment() {
        String baseUrl = System.getenv("ZUORA_BASE_URL");
        if (baseUrl != null && !baseUrl.isBlank()) {
            return new ZuoraTenant(null, baseUrl, require("ZUORA_CLIENT_ID"), require("ZUORA_CLIENT_SECRET"));
        }
        ZuoraSimulator simulator = new ZuoraSimulator();
        simulator.start();
        simulator.seedExampleJob();
        return new ZuoraTenant(simulator, simulator.baseUrl(), ZuoraSimulator.DEFAULT_CLIENT_ID,
                ZuoraSimulator.DEFAULT_CLIENT_SECRET);
    }

    /** The {@code camel.component.zuora-jobs.*} properties that point the component at this tenant. */
    Properties componentProperties() {
        return properties;
    }

    boolean isSimulated() {
        return simulator != null;
    }

    private static String require(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("ZUORA_BASE_URL is set, so " + name + " must be set too");
        }
        return value;
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
