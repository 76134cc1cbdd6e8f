package io.camelzuora.buildtools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.camelzuora.buildtools.ComponentCatalogue.CatalogueOption;

/**
 * Writes a component's typed endpoint builder, {@code <Stem>EndpointBuilderFactory}, from the component's catalogue, in
 * the shape and with the javadoc of Camel's Endpoint DSL (which Camel generates only for its own components): a builder
 * with the common options and {@code advanced()}, an advanced builder with the options labelled {@code advanced} and
 * {@code basic()}, a {@code <Stem>Builders} mix-in for {@code EndpointRouteBuilder} with {@code <scheme>(path)}, and a
 * {@code <Stem>HeaderNameBuilder} with the names of the component's headers.
 *
 * <p>
 * Every query option is a method on one builder, returning that builder, so options of consumers and producers chain in
 * any order. An option takes its own type and also text (a property placeholder, a bean reference {@code #name}, a
 * duration such as {@code 10s}); a multi-value option takes a key and a value, or a map.
 *
 * <p>
 * Usage: {@code EndpointDslGenerator <component.json> <source root> <package>}, in the component's
 * {@code process-classes} phase, before the generated sources are compiled.
 */
public final class EndpointDslGenerator {

    private static final String MEMBER = "        ";

    private final ComponentCatalogue catalogue;
    private final String packageName;
    private final Set<String> imports = new TreeSet<>();
    private final String stem;
    private final String builder;
    private final String advancedBuilder;

    private EndpointDslGenerator(ComponentCatalogue catalogue, String packageName) {
        this.catalogue = catalogue;
        this.packageName = packageName;
        this.stem = catalogue.typeNameStem();
        this.builder = stem + "EndpointBuilder";
        this.advancedBuilder = "Advanced" + builder;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: EndpointDslGenerator <component.json> <source root> <package>");
        }
        ComponentCatalogue catalogue = ComponentCatalogue.read(Path.of(args[0]));
        EndpointDslGenerator generator = new EndpointDslGenerator(catalogue, args[2]);
        GeneratedFiles.writeIfChanged(
                GeneratedFiles.sourceFile(Path.of(args[1]), args[2], generator.factoryName()), generator.source());
    }

    String factoryName() {
        return builder + "Factory";
    }

    String source() {
        imports.add("javax.annotation.processing.Generated");
        imports.add("org.apache.camel.builder.EndpointConsumerBuilder");
        imports.add("org.apache.camel.builder.EndpointProducerBuilder");
        imports.add("org.apache.camel.builder.endpoint.AbstractEndpointBuilder");
        List<CatalogueOption> queryOptions = catalogue.endpointOptions().stream().filter(o -> !o.isPath())
                .collect(Collectors.toList());
        // the members first: rendering their types collects the imports
        String body = builderInterface(builder, "advanced", advancedBuilder,
                "Builder for endpoint for the " + catalogue.title() + " component.",
                queryOptions.stream().filter(o -> !o.isAdvanced()).collect(Collectors.toList()))
                      + "\n"
                      + builderInterface(advancedBuilder, "basic", builder,
                              "Advanced builder for endpoint for the " + catalogue.title() + " component.",
                              queryOptions.stream().filter(CatalogueOption::isAdvanced).collect(Collectors.toList()))
                      + "\n" + buildersMixIn() + "\n" + headerNameBuilder() + "\n" + endpointBuilderMethod();

        StringBuilder source = new StringBuilder(
                GeneratedFiles.javaFileStart(EndpointDslGenerator.class, packageName,
                        imports, List.of(
                                JavadocText.html(catalogue.description()),
                                "",
                                "The typed builder of {@code " + catalogue.scheme() + ":} endpoints: in an"
                                    + " {@code EndpointRouteBuilder} that also implements {@link " + stem + "Builders}, write"
                                    + " {@code " + catalogue.schemeAsIdentifier() + "(path)} and its options instead of a URI"
                                    + " string. Needs {@code org.apache.camel:camel-endpointdsl} on the class path.")));
        source.append("@Generated(\"").append(EndpointDslGenerator.class.getName()).append("\")\n");
        source.append("public interface ").append(factoryName()).append(" {\n\n");
        source.append(body);
        source.append("}\n");
        return source.toString();
    }

    private String builderInterface(
            String name, String switchName, String switchTarget, String doc,
            List<CatalogueOption> options) {
        StringBuilder result = new StringBuilder();
        result.append(JavadocText.comment("    ", List.of(doc)));
        result.append("    public interface ").append(name)
                .append(" extends EndpointConsumerBuilder, EndpointProducerBuilder {\n\n");
        result.append(MEMBER).append("default ").append(switchTarget).append(' ').append(switchName).append("() {\n")
                .append(MEMBER).append("    return (").append(switchTarget).append(") this;\n")
                .append(MEMBER).append("}\n");
        for (CatalogueOption option : options) {
            if (option.multiValue()) {
                result.append(multiValueMethods(name, option));
            } else {
                result.append(optionMethods(name, option));
            }
        }
        return result.append("    }\n").toString();
    }

    private String optionMethods(String builderName, CatalogueOption option) {
        String type = parameterType(option);
        String setter = "doSetProperty(\"" + option.name() + "\", " + option.name() + ");";
        StringBuilder result = new StringBuilder();
        result.append(method(builderName, option, "The option is a: ",
                List.of("@param " + option.name() + " the value to set"), type + " " + option.name(), setter));
        if (!type.equals("String")) {
            result.append(method(builderName, option, "The option will be converted to a ",
                    List.of("@param " + option.name() + " the value to set"), "String " + option.name(), setter));
        }
        return result.toString();
    }

    private String multiValueMethods(String builderName, CatalogueOption option) {
        String prefix = "\"" + option.prefix() + "\"";
        return method(builderName, option, "The option is a: ",
                List.of("@param key the option key", "@param value the option value"), "String key, Object value",
                "doSetMultiValueProperty(\"" + option.name() + "\", " + prefix + " + key, value);")
               + method(builderName, option, "The option is a: ", List.of("@param values the values"),
                       "Map values",
                       "doSetMultiValueProperties(\"" + option.name() + "\", " + prefix + ", values);");
    }

    private String method(
            String builderName, CatalogueOption option, String typeSentence, List<String> params,
            String parameters, String body) {
        if (option.multiValue()) {
            imports.add("java.util.Map");
        }
        List<String> doc = new ArrayList<>();
        doc.add(JavadocText.html(sentence(option.description())));
        doc.add("");
        doc.add(typeSentence + "<code>" + JavadocText.html(JavaNames.sourceForm(option.javaType())) + "</code> type.");
        if (option.multiValue()) {
            doc.add("The option is multivalued, and you can use the " + option.name() + "(String, Object) method to add"
                    + " a value (call the method multiple times to set more values).");
        }
        if (!option.enumValues().isEmpty()) {
            doc.add("The value can be one of: " + JavadocText.html(String.join(", ", option.enumValues())) + ".");
        }
        doc.add("");
        if (option.required()) {
            doc.add("Required: true");
        }
        if (option.hasDefault()) {
            doc.add("Default: " + JavadocText.html(option.defaultValue()));
        }
        doc.add("Group: " + option.group());
        doc.add("");
        doc.addAll(params);
        doc.add("@return the dsl builder");
        return "\n" + JavadocText.comment(MEMBER, doc)
               + (option.deprecated() ? MEMBER + "@Deprecated\n" : "")
               + MEMBER + "default " + builderName + " " + option.name() + "(" + parameters + ") {\n"
               + MEMBER + "    " + body + "\n"
               + MEMBER + "    return this;\n"
               + MEMBER + "}\n";
    }

    private String buildersMixIn() {
        CatalogueOption path = catalogue.endpointOptions().stream().filter(CatalogueOption::isPath).findFirst()
                .orElse(null);
        List<String> about = new ArrayList<>(
                List.of(
                        catalogue.title() + " (" + catalogue.mavenCoordinates().substring(
                                catalogue.mavenCoordinates().indexOf(':') + 1)
                        + ")",
                        JavadocText.html(catalogue.description()),
                        "",
                        "Since: " + catalogue.firstVersion(),
                        "Maven coordinates: " + catalogue.mavenCoordinates()));
        List<String> endpointAbout = new ArrayList<>(about);
        endpointAbout.addAll(List.of("", "Syntax: <code>" + JavadocText.html(catalogue.syntax()) + "</code>"));
        String pathName = "path";
        if (path != null) {
            pathName = path.name();
            endpointAbout.add("");
            endpointAbout.add("Path parameter: " + path.name() + (path.required() ? " (required)" : ""));
            endpointAbout.add(JavadocText.html(path.description()));
            if (!path.enumValues().isEmpty()) {
                endpointAbout.add("There are " + path.enumValues().size() + " enums and the value can be one of: "
                                  + JavadocText.html(String.join(", ", path.enumValues())));
            }
        }
        String method = catalogue.schemeAsIdentifier();
        String factory = factoryName();

        List<String> headersDoc = new ArrayList<>(about);
        headersDoc.addAll(List.of("", "@return the dsl builder for the headers' name."));
        List<String> pathDoc = new ArrayList<>(endpointAbout);
        pathDoc.addAll(List.of("", "@param path " + pathName, "@return the dsl builder"));
        List<String> namedDoc = new ArrayList<>(endpointAbout);
        namedDoc.addAll(List.of("",
                "@param componentName to use a custom component name for the endpoint instead of the default name",
                "@param path " + pathName, "@return the dsl builder"));

        return JavadocText.comment("    ", List.of("Mix this into an {@code EndpointRouteBuilder} to get {@link #"
                                                   + method + "(String)}."))
               + "    public interface " + stem + "Builders {\n\n"
               + JavadocText.comment(MEMBER, headersDoc)
               + MEMBER + "default " + stem + "HeaderNameBuilder " + method + "() {\n"
               + MEMBER + "    return " + stem + "HeaderNameBuilder.INSTANCE;\n"
               + MEMBER + "}\n\n"
               + JavadocText.comment(MEMBER, pathDoc)
               + MEMBER + "default " + builder + " " + method + "(String path) {\n"
               + MEMBER + "    return " + factory + ".endpointBuilder(\"" + catalogue.scheme() + "\", path);\n"
               + MEMBER + "}\n\n"
               + JavadocText.comment(MEMBER, namedDoc)
               + MEMBER + "default " + builder + " " + method + "(String componentName, String path) {\n"
               + MEMBER + "    return " + factory + ".endpointBuilder(componentName, path);\n"
               + MEMBER + "}\n"
               + "    }\n";
    }

    private String headerNameBuilder() {
        String name = stem + "HeaderNameBuilder";
        StringBuilder result = new StringBuilder();
        result.append(JavadocText.comment("    ",
                List.of("The builder of headers' name for the " + catalogue.title() + " component.")));
        result.append("    public static class ").append(name).append(" {\n\n");
        result.append(JavadocText.comment(MEMBER, List.of(
                "The internal instance of the builder used to access to all the methods representing the name of"
                                                          + " headers.")));
        result.append(MEMBER).append("private static final ").append(name).append(" INSTANCE = new ").append(name)
                .append("();\n");
        for (CatalogueOption header : catalogue.headers()) {
            List<String> doc = new ArrayList<>();
            doc.add(JavadocText.html(sentence(header.description())));
            doc.add("");
            doc.add("The option is a: {@code " + JavaNames.sourceForm(header.javaType()) + "} type.");
            doc.add("");
            if (header.hasDefault()) {
                doc.add("Default: " + JavadocText.html(header.defaultValue()));
            }
            doc.add("Group: " + header.group());
            doc.add("");
            doc.add("@return the name of the header {@code " + header.name() + "}.");
            result.append('\n').append(JavadocText.comment(MEMBER, doc));
            if (header.deprecated()) {
                result.append(MEMBER).append("@Deprecated\n");
            }
            result.append(MEMBER).append("public String ").append(headerMethodName(header.name())).append("() {\n")
                    .append(MEMBER).append("    return \"").append(header.name()).append("\";\n")
                    .append(MEMBER).append("}\n");
        }
        return result.append("    }\n").toString();
    }

    private String endpointBuilderMethod() {
        return JavadocText.comment("    ", List.of("The builder of a {@code componentName:path} endpoint."))
               + "    static " + builder + " endpointBuilder(String componentName, String path) {\n"
               + MEMBER + "class " + builder + "Impl extends AbstractEndpointBuilder implements " + builder + ", "
               + advancedBuilder + " {\n"
               + MEMBER + "    public " + builder + "Impl(String path) {\n"
               + MEMBER + "        super(componentName, path);\n"
               + MEMBER + "    }\n"
               + MEMBER + "}\n"
               + MEMBER + "return new " + builder + "Impl(path);\n"
               + "    }\n";
    }

    /**
     * The type a builder method takes the option as: its own Java type, classes of {@code java.*} packages imported,
     * others by their full names as in Camel's Endpoint DSL.
     */
    private String parameterType(CatalogueOption option) {
        return JavaNames.render(option.javaType(), qualified -> {
            if (qualified.startsWith("java.") && !importsSimpleNameElsewhere(qualified)) {
                imports.add(qualified);
                return JavaNames.simpleName(qualified);
            }
            return qualified;
        });
    }

    private boolean importsSimpleNameElsewhere(String qualified) {
        String simpleName = "." + JavaNames.simpleName(qualified);
        return imports.stream().anyMatch(i -> i.endsWith(simpleName) && !i.equals(qualified));
    }

    /** {@code CamelZuoraJobId} to {@code zuoraJobId}, as Camel names header methods. */
    private static String headerMethodName(String header) {
        String name = header.startsWith("Camel") && header.length() > 5 && Character.isUpperCase(header.charAt(5))
                ? header.substring(5) : header;
        return JavaNames.lowerCamelCase(name);
    }

    private static String sentence(String description) {
        return description.isEmpty() || description.endsWith(".") ? description : description + ".";
    }
}
