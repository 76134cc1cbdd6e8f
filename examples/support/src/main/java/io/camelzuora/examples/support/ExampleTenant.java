package io.camelzuora.examples.support;

import java.util.Properties;

import io.camelzuora.simulator.ZuoraSimulator;

/**
 * Where an example's Zuora is: a real tenant when {@code ZUORA_BASE_URL}, {@code ZUORA_CLIENT_ID} and
 * {@code ZUORA_CLIENT_SECRET} are set, otherwise an embedded simulator whose clock runs on its own, as fast as asked.
 * It gives the properties that point the component there.
 */
public final class ExampleTenant implements AutoCloseable {

    private final ZuoraSimulator simulator;
    private final Properties tenant = new Properties();

    private ExampleTenant(ZuoraSimulator simulator, String baseUrl, String clientId, String clientSecret) {
        this.simulator = simulator;
        tenant.setProperty("zuora.base-url", baseUrl);
        tenant.setProperty("zuora.client-id", clientId);
        tenant.setProperty("zuora.client-secret", clientSecret);
    }

    /**
     * The tenant of the environment, or a started simulator.
     *
     * @param simulatorSpeed how much faster than the wall clock the simulator runs jobs, if it is used (1 is Zuora's
     *                       pace: a job processes for about 5 seconds)
     */
    public static ExampleTenant fromEnvironment(double simulatorSpeed) {
        String baseUrl = System.getenv("ZUORA_BASE_URL");
        if (baseUrl != null && !baseUrl.isBlank()) {
            return at(baseUrl, require("ZUORA_CLIENT_ID"), require("ZUORA_CLIENT_SECRET"));
        }
        ZuoraSimulator simulator = new ZuoraSimulator();
        simulator.start();
        simulator.clock().runInRealTime(simulatorSpeed);
        return new ExampleTenant(
                simulator, simulator.baseUrl(), ZuoraSimulator.DEFAULT_CLIENT_ID,
                ZuoraSimulator.DEFAULT_CLIENT_SECRET);
    }

    /** The tenant at {@code baseUrl} with these OAuth client credentials. */
    public static ExampleTenant at(String baseUrl, String clientId, String clientSecret) {
        return new ExampleTenant(null, baseUrl, clientId, clientSecret);
    }

    /** The tenant as {@code zuora.base-url}, {@code zuora.client-id} and {@code zuora.client-secret}. */
    public Properties tenantProperties() {
        Properties copy = new Properties();
        copy.putAll(tenant);
        return copy;
    }

    /**
     * For Camel Main: the {@code camel.component.zuora-jobs.*} properties pointing at the tenant, through placeholders
     * (as Camel recommends for secrets, so they can come from a vault instead), with the tenant properties they use.
     */
    public Properties componentProperties() {
        Properties properties = tenantProperties();
        properties.setProperty("camel.component.zuora-jobs.base-url", "{{zuora.base-url}}");
        properties.setProperty("camel.component.zuora-jobs.client-id", "{{zuora.client-id}}");
        properties.setProperty("camel.component.zuora-jobs.client-secret", "{{zuora.client-secret}}");
        return properties;
    }

    /** The embedded simulator, or {@code null} against a real tenant. */
    public ZuoraSimulator simulator() {
        return simulator;
    }

    public boolean isSimulated() {
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
