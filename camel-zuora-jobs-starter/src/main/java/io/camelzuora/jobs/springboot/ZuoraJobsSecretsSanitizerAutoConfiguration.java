package io.camelzuora.jobs.springboot;

import java.util.Set;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Keeps the zuora-jobs credentials masked in the actuator's {@code configprops} and {@code env} endpoints even when an
 * application sets {@code management.endpoint.*.show-values} to show values: the actuator otherwise masks by its
 * show-values setting alone, not by name.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public class ZuoraJobsSecretsSanitizerAutoConfiguration {

    private static final String PREFIX = "camel.component.zuora-jobs.";
    private static final Set<String> SECRET_KEYS = Set.of("accessToken", "access-token", "clientId", "client-id",
            "clientSecret", "client-secret");

    @Bean
    public SanitizingFunction zuoraJobsSecretsSanitizer() {
        return data -> isSecret(data) ? data.withValue(SanitizableData.SANITIZED_VALUE) : data;
    }

    /** A credential of the component or of a nested {@code configuration}, whichever way the key is spelt. */
    private static boolean isSecret(SanitizableData data) {
        String key = data.getKey();
        if (key == null || !key.startsWith(PREFIX)) {
            return false;
        }
        return SECRET_KEYS.contains(key.substring(key.lastIndexOf('.') + 1));
    }
}
