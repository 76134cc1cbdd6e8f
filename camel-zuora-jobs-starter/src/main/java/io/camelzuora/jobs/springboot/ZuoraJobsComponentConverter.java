package io.camelzuora.jobs.springboot;

import java.util.Collection;
import java.util.Set;
import java.util.function.Supplier;

import io.camelzuora.jobs.WatchedJobIds;
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
 * likewise {@code configuration}, {@code state-repository} and {@code job-ids} (a {@code Collection} or
 * {@code Supplier} of ids; {@code job-ids} also takes the ids as comma-separated text).
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
                new ConvertiblePair(String.class, StateRepository.class),
                new ConvertiblePair(String.class, WatchedJobIds.class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String reference = source.toString();
        boolean jobIds = targetType.getType() == WatchedJobIds.class;
        if (!reference.startsWith("#")) {
            return jobIds ? WatchedJobIds.of(reference) : null;
        }
        String beanName = reference.startsWith("#bean:") ? reference.substring("#bean:".length()) : reference.substring(1);
        if (jobIds) {
            return watchedJobIds(beanName, applicationContext.getBean(beanName));
        }
        return applicationContext.getBean(beanName, targetType.getType());
    }

    private static WatchedJobIds watchedJobIds(String beanName, Object bean) {
        if (bean instanceof WatchedJobIds ids) {
            return ids;
        }
        if (bean instanceof Collection<?> ids) {
            return WatchedJobIds.of(ids);
        }
        if (bean instanceof Supplier<?> supplier) {
            return WatchedJobIds.readEachPoll(supplier);
        }
        throw new IllegalArgumentException(
                "The bean " + beanName + " named by camel.component.zuora-jobs.job-ids is a "
                                           + bean.getClass().getName() + "; name a Collection of job ids or a Supplier of"
                                           + " one");
    }
}
