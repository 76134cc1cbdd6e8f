package io.camelzuora.buildtools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelzuora.buildtools.ComponentCatalogue.CatalogueOption;

/**
 * Writes a Spring Boot starter's {@code <Stem>ComponentConfiguration}, the {@code camel.component.<scheme>.*}
 * properties, from the component's catalogue, as Camel's starters have it: one property per component option, named and
 * typed like the option and documented by its description; and the starter's
 * {@code META-INF/additional-spring-configuration-metadata.json} with each option's default and the values of enum
 * options, for IDEs.
 *
 * <p>
 * Unlike Camel's generated configurations the properties have no initial values: an unset property leaves the
 * component's own default, and the values of a {@code configuration} bean, alone. Durations are
 * {@link java.time.Duration}s, so {@code 10s} works as in Spring Boot's own properties.
 *
 * <p>
 * Usage: {@code StarterConfigurationGenerator <component.json> <source root> <package> <resource root>}, in the
 * starter's {@code generate-sources} phase.
 */
public final class StarterConfigurationGenerator {

    private static final String MEMBER = "    ";

    private final ComponentCatalogue catalogue;
    private final String packageName;
    private final Set<String> imports = new TreeSet<>();

    private StarterConfigurationGenerator(ComponentCatalogue catalogue, String packageName) {
        this.catalogue = catalogue;
        this.packageName = packageName;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException(
                    "usage: StarterConfigurationGenerator <component.json> <source root> <package> <resource root>");
        }
        ComponentCatalogue catalogue = ComponentCatalogue.read(Path.of(args[0]));
        StarterConfigurationGenerator generator = new StarterConfigurationGenerator(catalogue, args[2]);
        GeneratedFiles.writeIfChanged(GeneratedFiles.sourceFile(Path.of(args[1]), args[2], generator.className()),
                generator.source());
        GeneratedFiles.writeIfChanged(Path.of(args[3], "META-INF", "additional-spring-configuration-metadata.json"),
                generator.metadata());
    }

    String className() {
        return catalogue.typeNameStem() + "ComponentConfiguration";
    }

    String prefix() {
        return "camel.component." + catalogue.scheme();
    }

    String source() {
        imports.add("org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon");
        imports.add("org.springframework.boot.context.properties.ConfigurationProperties");
        StringBuilder fields = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        for (CatalogueOption option : catalogue.componentOptions()) {
            String type = propertyType(option);
            String name = option.name();
            String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            fields.append('\n').append(JavadocText.comment(MEMBER, List.of(fieldDoc(option))));
            if (option.deprecated()) {
                fields.append(MEMBER).append("@Deprecated\n");
                imports.add("org.springframework.boot.context.properties.DeprecatedConfigurationProperty");
            }
            fields.append(MEMBER).append("private ").append(type).append(' ').append(name).append(";\n");

            accessors.append('\n');
            if (option.deprecated()) {
                accessors.append(MEMBER).append("@Deprecated\n")
                        .append(MEMBER).append("@DeprecatedConfigurationProperty\n");
            }
            accessors.append(MEMBER).append("public ").append(type).append(" get").append(capitalized).append("() {\n")
                    .append(MEMBER).append("    return ").append(name).append(";\n")
                    .append(MEMBER).append("}\n\n");
            if (option.deprecated()) {
                accessors.append(MEMBER).append("@Deprecated\n");
            }
            accessors.append(MEMBER).append("public void set").append(capitalized).append('(').append(type)
                    .append(' ').append(name).append(") {\n")
                    .append(MEMBER).append("    this.").append(name).append(" = ").append(name).append(";\n")
                    .append(MEMBER).append("}\n");
        }

        StringBuilder source = new StringBuilder(
                GeneratedFiles.javaFileStart(StarterConfigurationGenerator.class,
                        packageName, imports, List.of(
                                JavadocText.html(catalogue.description()),
                                "",
                                "The {@code " + prefix() + ".*} properties: every option of the " + catalogue.scheme()
                                    + " component. An unset property leaves the component's own default (and a"
                                    + " {@code configuration} bean's value) alone, so the fields have no initial values; the"
                                    + " defaults IDEs show come from the configuration metadata.")));
        source.append("@ConfigurationProperties(prefix = \"").append(prefix()).append("\")\n");
        source.append("public class ").append(className())
                .append(" extends ComponentConfigurationPropertiesCommon {\n");
        source.append(fields).append(accessors).append("}\n");
        return source.toString();
    }

    /** Defaults and enum values of the properties, which the configuration processor cannot see in the fields. */
    String metadata() throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        ArrayNode properties = root.putArray("properties");
        ArrayNode hints = root.putArray("hints");
        for (CatalogueOption option : catalogue.componentOptions()) {
            String property = prefix() + "." + JavaNames.kebabCase(option.name());
            if (option.hasDefault()) {
                ObjectNode entry = properties.addObject().put("name", property);
                String value = option.defaultValue();
                switch (option.type()) {
                    case "boolean" -> entry.put("defaultValue", Boolean.parseBoolean(value));
                    case "integer", "number" -> entry.set("defaultValue", json.readTree(value));
                    case "duration" -> entry.put("defaultValue", springDuration(value));
                    default -> entry.put("defaultValue", value);
                }
            }
            if (!option.enumValues().isEmpty()) {
                ArrayNode values = hints.addObject().put("name", property).putArray("values");
                option.enumValues().forEach(value -> values.addObject().put("value", value));
            }
        }
        return json.writeValueAsString(root) + "\n";
    }

    /**
     * The Java type of the property: the option's, with primitives boxed so that unset is null, durations as
     * {@code java.time.Duration}, and {@code Object} as text (what a property gives; a {@code #bean} reference in it is
     * resolved by Camel), because Spring Boot's configuration processor leaves {@code Object} properties out of the
     * metadata.
     */
    private String propertyType(CatalogueOption option) {
        String javaType = option.type().equals("duration") ? "java.time.Duration"
                : option.javaType().equals("java.lang.Object") ? "java.lang.String"
                : JavaNames.boxed(option.javaType());
        return JavaNames.render(javaType, qualified -> {
            String simpleName = JavaNames.simpleName(qualified);
            boolean clash = imports.stream().anyMatch(i -> JavaNames.simpleName(i).equals(simpleName)
                    && !i.equals(qualified))
                    || simpleName.equals(className());
            if (clash) {
                return qualified;
            }
            if (!JavaNames.packageOf(qualified).equals(packageName)) {
                imports.add(qualified);
            }
            return simpleName;
        });
    }

    /** The option's description; for a bean option also its type, as Camel's starters say it. */
    private static String fieldDoc(CatalogueOption option) {
        List<String> sentences = new ArrayList<>();
        sentences.add(option.description());
        if (option.type().equals("object") && !option.javaType().startsWith("java.lang.")) {
            sentences.add("The option is a " + JavaNames.sourceForm(option.javaType()) + " type.");
        }
        return JavadocText.plain(String.join(" ", sentences));
    }

    /** Milliseconds as Spring Boot writes a duration: whole seconds in {@code s}, others in {@code ms}. */
    private static String springDuration(String millis) {
        if (!millis.matches("\\d+")) {
            return millis;
        }
        long value = Long.parseLong(millis);
        return value % 1000 == 0 ? value / 1000 + "s" : value + "ms";
    }
}
