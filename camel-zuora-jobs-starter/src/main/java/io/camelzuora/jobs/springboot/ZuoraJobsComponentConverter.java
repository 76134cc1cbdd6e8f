package io.camelzuora.jobs.springboot;

import java.util.Set;

import io.camelzuora.jobs.ZuoraJobsConfiguration;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Lets the object-valued properties name a Spring bean, as in Camel:
 * {@code camel.component.zuora-jobs.ssl-context-parameters=#mySslParameters} (or {@code #bean:mySslParameters}), and
 * likewise {@code configuration} and {@code state-repository}.
 */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesBinding
public class ZuoraJobsComponentConverter implements GenericConverter {

    private final ApplicationContext applicationContext;

    public ZuoraJobsComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, ZuoraJobsConfiguration.class),
                new ConvertiblePair(String.class, SSLContextParameters.class),
                new ConvertiblePair(String.class, StateRepository.class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String reference = source.toString();
        if (!reference.startsWith("#")) {
            return null;
        }
        String beanName = reference.startsWith("#bean:") ? reference.substring("#bean:".length()) : reference.substring(1);
        return applicationContext.getBean(beanName, targetType.getType());
    }
}
