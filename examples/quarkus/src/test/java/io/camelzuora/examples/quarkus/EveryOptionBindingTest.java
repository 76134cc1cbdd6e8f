package io.camelzuora.examples.quarkus;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;

import io.camelzuora.jobs.ZuoraJobsComponent;
import io.camelzuora.jobs.ZuoraJobsComponentConfigurer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel Quarkus binds every option of the component from {@code camel.component.zuora-jobs.*} properties, through the
 * component's generated configurer (no reflection). Bean-valued options are left to the starter's test.
 */
@QuarkusTest
@TestProfile(EveryComponentOption.class)
@QuarkusTestResource(FastSimulatorOnFreePort.class)
class EveryOptionBindingTest {

    @Inject
    CamelContext camelContext;

    @Test
    void everyOptionReachesTheComponent() {
        ZuoraJobsComponent component = camelContext.getComponent("zuora-jobs", ZuoraJobsComponent.class);
        ZuoraJobsComponentConfigurer configurer = new ZuoraJobsComponentConfigurer();
        Map<String, Object> expected = EveryComponentOption.expected();
        Map<String, Object> actual = new LinkedHashMap<>();
        for (String name : expected.keySet()) {
            actual.put(name, configurer.getOptionValue(component, name, false));
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
    }
}
