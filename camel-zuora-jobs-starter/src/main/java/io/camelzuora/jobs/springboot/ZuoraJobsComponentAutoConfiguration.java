package io.camelzuora.jobs.springboot;

import io.camelzuora.jobs.ZuoraJobsComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Configures the {@code zuora-jobs} component from the {@code camel.component.zuora-jobs.*} properties, the way Camel's
 * own starters do: a {@link ComponentCustomizer} copies the bound properties onto the component when Camel creates it.
 * {@code camel.component.zuora-jobs.enabled=false} (or {@code camel.component.enabled=false}) turns it off, and so do
 * the {@code customizer.enabled} properties for the customizer alone.
 */
@AutoConfiguration(after = { CamelAutoConfiguration.class, ZuoraJobsComponentConverter.class })
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, ZuoraJobsComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.zuora-jobs" })
public class ZuoraJobsComponentAutoConfiguration {

    private final ApplicationContext applicationContext;
    private final CamelContext camelContext;
    private final ZuoraJobsComponentConfiguration configuration;

    public ZuoraJobsComponentAutoConfiguration(ApplicationContext applicationContext, CamelContext camelContext,
                                               ZuoraJobsComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.camelContext = camelContext;
        this.configuration = configuration;
    }

    @Lazy
    @Bean
    public ComponentCustomizer configureZuoraJobsComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(camelContext, configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.zuora-jobs.customizer")
                        && target instanceof ZuoraJobsComponent;
            }
        };
    }
}
