package io.camelzuora.examples.quarkus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelzuora.jobs.WatchedJobIds;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A Quarkus profile that sets every option of the component's catalogue (its generated JSON) in
 * {@code application.properties} style, each to a value unlike its default, with the routes left out so that no
 * endpoint needs a coherent set. {@link #expected()} says what the component must then hold.
 */
public class EveryComponentOption implements QuarkusTestProfile {

    /** Options whose values are beans, not text; the Spring Boot starter's test binds them by reference. */
    static final List<String> BEANS = List.of("configuration", "sslContextParameters", "stateRepository");

    private static final String PREFIX = "camel.component.zuora-jobs.";
    private static final String A_JOB_ID = "0c6c1a6e-2f0e-4e8b-9d3c-6f1d2a3b4c5d";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("quarkus.camel.routes-discovery.enabled", "false");
        overrides.put("example.start-load", "false");
        samples().forEach((name, sample) -> overrides.put(PREFIX + kebab(name), sample.text()));
        return overrides;
    }

    /** Each option's name and the value the component must hold. */
    static Map<String, Object> expected() {
        Map<String, Object> expected = new LinkedHashMap<>();
        samples().forEach((name, sample) -> expected.put(name, sample.value()));
        return expected;
    }

    private static Map<String, Sample> samples() {
        Map<String, Sample> samples = new LinkedHashMap<>();
        componentOptions().forEach((name, option) -> {
            if (!BEANS.contains(name)) {
                samples.put(name, sample(name, option));
            }
        });
        return samples;
    }

    private static Sample sample(String name, JsonNode option) {
        JsonNode defaultValue = option.get("defaultValue");
        String javaType = option.get("javaType").asText();
        return switch (option.get("type").asText()) {
            case "boolean" -> {
                boolean value = defaultValue == null || !defaultValue.asBoolean();
                yield new Sample(String.valueOf(value), value);
            }
            case "integer" -> {
                long value = (defaultValue == null ? 0 : defaultValue.asLong()) + 7;
                yield new Sample(String.valueOf(value), javaType.equals("long") ? (Object) value : (Object) (int) value);
            }
            case "duration" -> new Sample("7s", 7000L);
            case "enum" -> {
                List<String> values = new ArrayList<>();
                option.get("enum").forEach(v -> values.add(v.asText()));
                values.remove(defaultValue == null ? null : defaultValue.asText());
                String text = values.get(values.size() - 1);
                yield new Sample(text, javaType.equals(String.class.getName()) ? text : enumConstant(javaType, text));
            }
            case "string" -> {
                String value = name.endsWith("Url") ? "https://" + name.toLowerCase() + ".example.com" : "sample-" + name;
                yield new Sample(value, value);
            }
            case "object" -> {
                if (javaType.equals(WatchedJobIds.class.getName())) {
                    yield new Sample(A_JOB_ID, WatchedJobIds.of(A_JOB_ID));
                }
                if (!javaType.equals(Object.class.getName())) {
                    throw new AssertionError("No sample value for the option " + name + " (" + javaType + ")");
                }
                yield new Sample(A_JOB_ID, A_JOB_ID);
            }
            default -> throw new AssertionError("No sample value for the option " + name + " of type " + option.get("type"));
        };
    }

    /** The constant of the enum {@code javaType} whose name is the option's text, e.g. COM_ZUORA for com_zuora. */
    private static Object enumConstant(String javaType, String text) {
        try {
            for (Object constant : Class.forName(javaType, false, EveryComponentOption.class.getClassLoader())
                    .getEnumConstants()) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(text)) {
                    return constant;
                }
            }
        } catch (ClassNotFoundException e) {
            throw new AssertionError("The option type " + javaType + " is not on the class path", e);
        }
        throw new AssertionError("No constant of " + javaType + " for '" + text + "'");
    }

    private static Map<String, JsonNode> componentOptions() {
        Map<String, JsonNode> options = new LinkedHashMap<>();
        try (InputStream in = EveryComponentOption.class.getClassLoader()
                .getResourceAsStream("META-INF/io/camelzuora/jobs/zuora-jobs.json")) {
            new ObjectMapper().readTree(in).get("componentProperties").fields()
                    .forEachRemaining(e -> options.put(e.getKey(), e.getValue()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return options;
    }

    /** As the properties are written: {@code base-url} for {@code baseUrl}, overriding application.properties. */
    private static String kebab(String camelCase) {
        return camelCase.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    private record Sample(String text, Object value) {
    }
}
