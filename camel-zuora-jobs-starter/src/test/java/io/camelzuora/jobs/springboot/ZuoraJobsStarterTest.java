package io.camelzuora.jobs.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelzuora.jobs.WatchedJobIds;
import io.camelzuora.jobs.ZuoraJobsComponent;
import io.camelzuora.jobs.ZuoraJobsComponentConfigurer;
import io.camelzuora.jobs.ZuoraJobsConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter against the component's own catalogue (its generated JSON): every component option can be set through
 * {@code camel.component.zuora-jobs.*}, as properties or in an {@code application.yaml}, and reaches the component, and
 * the IDE metadata knows every option with the component's default. When an option is added to the component, these
 * tests fail until the starter has it. compat/spring-boot-3.5 runs them again on Spring Boot 3.5.
 */
class ZuoraJobsStarterTest {

    private static final String PREFIX = "camel.component.zuora-jobs.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, ZuoraJobsComponentConverter.class,
                    ZuoraJobsComponentAutoConfiguration.class, ZuoraJobsSecretsSanitizerAutoConfiguration.class))
            .withPropertyValues("camel.main.name=starter-test");

    @Test
    void everyComponentOptionIsBoundFromProperties() throws IOException {
        assertEveryOptionIsBound((context, values) -> context.withPropertyValues(values.entrySet().stream()
                .map(value -> PREFIX + value.getKey() + "=" + value.getValue()).toArray(String[]::new)));
    }

    @Test
    void everyComponentOptionIsBoundFromApplicationYaml() throws IOException {
        assertEveryOptionIsBound((context, values) -> {
            StringBuilder yaml = new StringBuilder("camel:\n  component:\n    zuora-jobs:\n");
            // unquoted, a value starting with # would be a YAML comment: an application.yaml quotes bean references
            values.forEach((key, value) -> yaml.append("      ").append(key).append(": ")
                    .append(value.startsWith("#") ? '"' + value + '"' : value).append('\n'));
            PropertySource<?> applicationYaml = applicationYaml(yaml.toString());
            return context.withInitializer(
                    initialized -> initialized.getEnvironment().getPropertySources().addFirst(applicationYaml));
        });
    }

    /**
     * Sets every component option but {@code configuration} to a value other than its default, through the given
     * property source, and checks that the component holds each value.
     */
    private void assertEveryOptionIsBound(
            BiFunction<ApplicationContextRunner, Map<String, String>, ApplicationContextRunner> withProperties)
            throws IOException {
        Map<String, JsonNode> options = componentOptions();
        options.remove("configuration"); // a whole bean, bound on its own below
        Map<String, Object> expected = new LinkedHashMap<>();
        Map<String, String> properties = new LinkedHashMap<>();
        Map<String, Object> beans = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> option : options.entrySet()) {
            SampleValue sample = sampleValue(option.getKey(), option.getValue(), beans);
            properties.put(kebab(option.getKey()), sample.property());
            expected.put(option.getKey(), sample.expected());
        }

        ApplicationContextRunner withBeans = runner;
        for (Map.Entry<String, Object> bean : beans.entrySet()) {
            withBeans = withBeans.withBean(bean.getKey(), Object.class, bean::getValue);
        }
        withProperties.apply(withBeans, properties)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    ZuoraJobsComponent component = context.getBean(CamelContext.class)
                            .getComponent("zuora-jobs", ZuoraJobsComponent.class);
                    ZuoraJobsComponentConfigurer configurer = new ZuoraJobsComponentConfigurer();
                    Map<String, Object> actual = new LinkedHashMap<>();
                    for (String name : expected.keySet()) {
                        actual.put(name, configurer.getOptionValue(component, name, false));
                    }
                    assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
                });
    }

    private static PropertySource<?> applicationYaml(String yaml) {
        try {
            return new YamlPropertySourceLoader()
                    .load("application.yaml", new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8))).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aConfigurationBeanIsBoundByReference() {
        ZuoraJobsConfiguration shared = new ZuoraJobsConfiguration();
        shared.setBaseUrl("https://rest.eu.zuora.com");
        runner.withBean("sharedZuora", ZuoraJobsConfiguration.class, () -> shared)
                .withPropertyValues(PREFIX + "configuration=#sharedZuora")
                .run(context -> {
                    ZuoraJobsComponent component = context.getBean(CamelContext.class)
                            .getComponent("zuora-jobs", ZuoraJobsComponent.class);
                    assertThat(component.getConfiguration()).isSameAs(shared);
                    assertThat(component.getConfiguration().getBaseUrl()).isEqualTo("https://rest.eu.zuora.com");
                });
    }

    @Test
    void theComponentKeepsItsDefaultsWhenNothingIsSet() {
        runner.run(context -> {
            ZuoraJobsComponent component = context.getBean(CamelContext.class)
                    .getComponent("zuora-jobs", ZuoraJobsComponent.class);
            assertThat(component.getConfiguration().getBaseUrl()).isEqualTo("https://rest.zuora.com");
            assertThat(component.getConfiguration().getConnectTimeout()).isEqualTo(10_000L);
        });
    }

    @Test
    void theStarterCanBeTurnedOff() {
        runner.withPropertyValues(PREFIX + "enabled=false", PREFIX + "base-url=https://rest.eu.zuora.com")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(ZuoraJobsComponentAutoConfiguration.class);
                    ZuoraJobsComponent component = context.getBean(CamelContext.class)
                            .getComponent("zuora-jobs", ZuoraJobsComponent.class);
                    assertThat(component.getConfiguration().getBaseUrl()).isEqualTo("https://rest.zuora.com");
                });
    }

    @Test
    void theIdeMetadataDescribesEveryOptionWithTheComponentsDefaultAndValues() throws IOException {
        Map<String, JsonNode> metadata = new LinkedHashMap<>();
        Map<String, JsonNode> hints = new LinkedHashMap<>();
        try (InputStream in = resource("META-INF/spring-configuration-metadata.json")) {
            JsonNode root = JSON.readTree(in);
            root.get("properties").forEach(p -> metadata.put(p.get("name").asText(), p));
            root.path("hints").forEach(h -> hints.put(h.get("name").asText(), h.get("values")));
        }
        for (Map.Entry<String, JsonNode> option : componentOptions().entrySet()) {
            String property = PREFIX + kebab(option.getKey());
            assertThat(metadata).as("metadata of %s", property).containsKey(property);
            JsonNode entry = metadata.get(property);
            assertThat(entry.path("description").asText()).as("description of %s", property).isNotBlank();
            if (option.getValue().has("enum")) {
                List<String> hinted = new ArrayList<>();
                hints.getOrDefault(property, JSON.createArrayNode()).forEach(h -> hinted.add(h.get("value").asText()));
                List<String> values = new ArrayList<>();
                option.getValue().get("enum").forEach(v -> values.add(v.asText()));
                assertThat(hinted).as("value hints of %s", property).isEqualTo(values);
            }
            JsonNode componentDefault = option.getValue().get("defaultValue");
            if (componentDefault == null) {
                assertThat(entry.has("defaultValue")).as("%s has no default in the component", property).isFalse();
            } else {
                assertThat(metadataDefault(option.getValue(), entry.get("defaultValue")))
                        .as("default of %s", property).isEqualTo(componentDefault.asText());
            }
        }
    }

    @Test
    void credentialsAreMaskedInActuatorEndpoints() {
        runner.run(context -> {
            SanitizingFunction sanitizer = context.getBean(SanitizingFunction.class);
            for (String key : List.of("client-secret", "client-id", "access-token", "configuration.client-secret")) {
                SanitizableData data = new SanitizableData(null, PREFIX + key, "s3cr3t-value");
                assertThat(sanitizer.apply(data).getValue()).as(key).isEqualTo(SanitizableData.SANITIZED_VALUE);
            }
            SanitizableData baseUrl = new SanitizableData(null, PREFIX + "base-url", "https://rest.zuora.com");
            assertThat(sanitizer.apply(baseUrl).getValue()).isEqualTo("https://rest.zuora.com");
            SanitizableData otherComponent = new SanitizableData(null, "camel.component.jira.client-id", "id");
            assertThat(sanitizer.apply(otherComponent).getValue()).isEqualTo("id");
        });
    }

    /** A value for the property, different from the component's default, and what the component must then hold. */
    private static SampleValue sampleValue(String name, JsonNode option, Map<String, Object> beans) {
        String type = option.get("type").asText();
        JsonNode defaultValue = option.get("defaultValue");
        return switch (type) {
            case "boolean" -> {
                boolean value = defaultValue == null || !defaultValue.asBoolean();
                yield new SampleValue(String.valueOf(value), value);
            }
            case "integer" -> {
                long value = (defaultValue == null ? 0 : defaultValue.asLong()) + 7;
                yield new SampleValue(
                        String.valueOf(value),
                        option.get("javaType").asText().equals("long") ? (Object) value : (Object) (int) value);
            }
            case "duration" -> new SampleValue("7s", 7000L);
            case "enum" -> {
                List<String> values = new ArrayList<>();
                option.get("enum").forEach(v -> values.add(v.asText()));
                values.remove(defaultValue == null ? null : defaultValue.asText());
                String value = values.get(values.size() - 1);
                String javaType = option.get("javaType").asText();
                yield new SampleValue(value, javaType.equals(String.class.getName()) ? value : enumConstant(javaType, value));
            }
            case "string" -> {
                String value = name.endsWith("Url") ? "https://" + name.toLowerCase() + ".example.com" : "sample-" + name;
                yield new SampleValue(value, value);
            }
            case "object" -> objectSample(name, option.get("javaType").asText(), beans);
            default -> throw new AssertionError("No sample value for option " + name + " of type " + type);
        };
    }

    /** A bean reference for options that take a bean, plain text for {@code jobIds} (ids, or a reference). */
    private static SampleValue objectSample(String name, String javaType, Map<String, Object> beans) {
        if (javaType.equals(WatchedJobIds.class.getName())) {
            String ids = "0c6c1a6e-2f0e-4e8b-9d3c-6f1d2a3b4c5d";
            return new SampleValue(ids, WatchedJobIds.of(ids));
        }
        Object bean;
        if (javaType.equals(SSLContextParameters.class.getName())) {
            bean = new SSLContextParameters();
        } else if (javaType.startsWith(StateRepository.class.getName())) {
            bean = new MemoryStateRepository();
        } else {
            throw new AssertionError("No sample value for the object option " + name + " (" + javaType + "): teach this test");
        }
        beans.put(name + "Bean", bean);
        return new SampleValue("#" + name + "Bean", bean);
    }

    /** The constant of an enum option's type that Camel binds the option's text to (Zuora's spelling, any case). */
    private static Object enumConstant(String javaType, String value) {
        try {
            return Arrays.stream(Class.forName(javaType).getEnumConstants())
                    .filter(constant -> ((Enum<?>) constant).name().equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> new AssertionError("No constant " + value + " in " + javaType));
        } catch (ClassNotFoundException e) {
            throw new AssertionError("The enum option's type " + javaType + " is not on the classpath", e);
        }
    }

    private static String metadataDefault(JsonNode option, JsonNode metadataDefault) {
        if (!option.get("type").asText().equals("duration")) {
            return metadataDefault.asText();
        }
        String text = metadataDefault.asText();
        long millis = text.endsWith("ms")
                ? Long.parseLong(text.substring(0, text.length() - 2))
                : Long.parseLong(text.substring(0, text.length() - 1)) * 1000;
        return String.valueOf(millis);
    }

    private static Map<String, JsonNode> componentOptions() throws IOException {
        Map<String, JsonNode> options = new LinkedHashMap<>();
        try (InputStream in = resource("META-INF/io/camelzuora/jobs/zuora-jobs.json")) {
            JSON.readTree(in).get("componentProperties").fields()
                    .forEachRemaining(e -> options.put(e.getKey(), e.getValue()));
        }
        return options;
    }

    private static InputStream resource(String path) {
        InputStream in = ZuoraJobsStarterTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return in;
    }

    private static String kebab(String camelCase) {
        return camelCase.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    private record SampleValue(String property, Object expected) {
    }
}
