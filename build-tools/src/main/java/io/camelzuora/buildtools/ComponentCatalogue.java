package io.camelzuora.buildtools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A component's catalogue, the JSON that camel-package-maven-plugin's {@code generate-component} writes from the
 * component's annotations and javadoc: what the generators of the manual's tables, the typed endpoint builder and the
 * Spring Boot configuration all read, so that they agree with each other and with the component.
 */
public final class ComponentCatalogue {

    private final JsonNode component;
    private final List<CatalogueOption> componentOptions;
    private final List<CatalogueOption> endpointOptions;
    private final List<CatalogueOption> headers;

    private ComponentCatalogue(JsonNode root) {
        this.component = root.get("component");
        this.componentOptions = options(root.get("componentProperties"));
        this.endpointOptions = options(root.get("properties"));
        this.headers = options(root.get("headers"));
    }

    public static ComponentCatalogue read(Path json) throws IOException {
        return new ComponentCatalogue(new ObjectMapper().readTree(json.toFile()));
    }

    public String scheme() {
        return text("scheme");
    }

    public String title() {
        return text("title");
    }

    public String description() {
        return text("description");
    }

    public String syntax() {
        return text("syntax");
    }

    /** The component class, e.g. {@code io.camelzuora.jobs.ZuoraJobsComponent}. */
    public String javaType() {
        return text("javaType");
    }

    /** The stem of the names Camel gives a component's generated types: {@code ZuoraJobs} for ZuoraJobsComponent. */
    public String typeNameStem() {
        String simpleName = javaType().substring(javaType().lastIndexOf('.') + 1);
        return simpleName.endsWith("Component")
                ? simpleName.substring(0, simpleName.length() - "Component".length())
                : simpleName;
    }

    /** The scheme as a Java identifier in lower camel case: {@code zuoraJobs} for {@code zuora-jobs}. */
    public String schemeAsIdentifier() {
        return JavaNames.lowerCamelCase(scheme());
    }

    public String mavenCoordinates() {
        return text("groupId") + ":" + text("artifactId");
    }

    public String firstVersion() {
        return text("firstVersion");
    }

    public List<CatalogueOption> componentOptions() {
        return componentOptions;
    }

    /** The endpoint's path and query parameters, in catalogue order. */
    public List<CatalogueOption> endpointOptions() {
        return endpointOptions;
    }

    public List<CatalogueOption> headers() {
        return headers;
    }

    private String text(String field) {
        return component.path(field).asText();
    }

    private static List<CatalogueOption> options(JsonNode section) {
        List<CatalogueOption> options = new ArrayList<>();
        if (section != null) {
            for (Map.Entry<String, JsonNode> entry : section.properties()) {
                options.add(CatalogueOption.of(entry.getKey(), entry.getValue()));
            }
        }
        return options;
    }

    /**
     * One option (or header) as the catalogue describes it. {@code defaultValue} is the catalogue's text of the
     * default, or null when there is none.
     */
    public record CatalogueOption(String name, String kind, String group, List<String> labels, boolean required,
            String type, String javaType, List<String> enumValues, String defaultValue, String description,
            boolean deprecated, boolean multiValue, String prefix, String constantName) {

        static CatalogueOption of(String name, JsonNode node) {
            List<String> enumValues = new ArrayList<>();
            node.path("enum").forEach(value -> enumValues.add(value.asText()));
            String label = node.path("label").asText();
            JsonNode defaultValue = node.get("defaultValue");
            return new CatalogueOption(
                    name, node.path("kind").asText(), node.path("group").asText(),
                    label.isEmpty() ? List.of() : List.of(label.split(",")), node.path("required").asBoolean(),
                    node.path("type").asText(), node.path("javaType").asText(), List.copyOf(enumValues),
                    defaultValue == null || defaultValue.isNull() ? null : defaultValue.asText(),
                    node.path("description").asText(), node.path("deprecated").asBoolean(),
                    node.path("multiValue").asBoolean(), node.path("prefix").asText(),
                    node.path("constantName").asText());
        }

        public boolean isPath() {
            return kind.equals("path");
        }

        public boolean isAdvanced() {
            return labels.contains("advanced");
        }

        public boolean hasDefault() {
            return defaultValue != null && !defaultValue.isEmpty();
        }

        /** The Java type without type arguments: what a method taking the option's value erases to. */
        public String rawJavaType() {
            return javaType.replaceAll("<.*>", "");
        }
    }
}
