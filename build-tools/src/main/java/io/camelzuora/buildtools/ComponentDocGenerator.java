package io.camelzuora.buildtools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import io.camelzuora.buildtools.ComponentCatalogue.CatalogueOption;

/**
 * Writes the option and header tables of a component's AsciiDoc page from the component's generated catalogue JSON,
 * between Camel's marker comments ({@code // component options: START} ... {@code // component options: END}, and
 * likewise {@code endpoint options} and {@code component headers}), leaving the hand-written text around them alone. So
 * the page cannot drift from the code: the build regenerates it, and CI fails when the committed page differs.
 *
 * <p>
 * Usage: {@code ComponentDocGenerator <component.json> <page.adoc>}, in the component's {@code process-classes} phase.
 */
public final class ComponentDocGenerator {

    private static final String TABLE_HEADER = "[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n"
                                               + "| Name | Description | Default | Type\n";

    private ComponentDocGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ComponentDocGenerator <component.json> <page.adoc>");
        }
        ComponentCatalogue catalogue = ComponentCatalogue.read(Path.of(args[0]));
        Path page = Path.of(args[1]);
        String before = Files.readString(page, StandardCharsets.UTF_8);
        GeneratedFiles.writeIfChanged(page, render(catalogue, before));
    }

    /** The page with its marked sections rewritten from the catalogue. */
    static String render(ComponentCatalogue catalogue, String page) {
        String result = replaceSection(page, "component options", componentOptions(catalogue));
        result = replaceSection(result, "endpoint options", endpointOptions(catalogue));
        return replaceSection(result, "component headers", headers(catalogue));
    }

    private static String replaceSection(String page, String marker, String content) {
        String start = "// " + marker + ": START\n";
        String end = "// " + marker + ": END";
        int from = page.indexOf(start);
        int to = page.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("The page has no '" + start.trim() + "' ... '" + end + "' section");
        }
        return page.substring(0, from + start.length()) + content + page.substring(to);
    }

    private static String componentOptions(ComponentCatalogue catalogue) {
        List<CatalogueOption> options = catalogue.componentOptions();
        return "=== Component Options\n\n"
               + "The " + catalogue.title() + " component supports " + options.size()
               + " options, which are listed below.\n\n"
               + optionTable(options);
    }

    private static String endpointOptions(ComponentCatalogue catalogue) {
        List<CatalogueOption> path = catalogue.endpointOptions().stream().filter(CatalogueOption::isPath)
                .collect(Collectors.toList());
        List<CatalogueOption> query = catalogue.endpointOptions().stream().filter(o -> !o.isPath())
                .collect(Collectors.toList());
        return "=== Endpoint Options\n\n"
               + "The " + catalogue.title() + " endpoint is configured using URI syntax:\n\n"
               + "----\n" + catalogue.syntax() + "\n----\n\n"
               + "With the following path and query parameters:\n\n"
               + "==== Path Parameters (" + path.size() + " parameters)\n\n" + optionTable(path) + "\n"
               + "==== Query Parameters (" + query.size() + " parameters)\n\n" + optionTable(query);
    }

    private static String headers(ComponentCatalogue catalogue) {
        List<CatalogueOption> headers = catalogue.headers();
        StringBuilder table = new StringBuilder(TABLE_HEADER);
        for (CatalogueOption header : headers) {
            String constant = header.constantName();
            table.append("| *").append(header.name()).append("* (").append(header.group()).append(")");
            if (!constant.isEmpty()) {
                table.append(" +\nConstant: `").append(constant.substring(constant.indexOf('#') + 1)).append('`');
            }
            table.append(" | ").append(cell(header.description()))
                    .append(" | ").append(defaultValue(header))
                    .append(" | ").append(shortType(header.javaType())).append('\n');
        }
        table.append("|===\n");
        return "=== Message Headers\n\n"
               + "The " + catalogue.title() + " component supports " + headers.size()
               + " message headers, which are listed below:\n\n"
               + table;
    }

    private static String optionTable(List<CatalogueOption> options) {
        StringBuilder table = new StringBuilder(TABLE_HEADER);
        for (CatalogueOption option : options) {
            String description = option.description();
            if (!option.enumValues().isEmpty()) {
                description += "\n\nEnum values:\n\n"
                               + option.enumValues().stream().map(v -> "* " + v).collect(Collectors.joining("\n"))
                               + "\n";
            }
            table.append("| *").append(option.name()).append("* (").append(option.group()).append(")");
            if (option.required()) {
                table.append(" *Required*");
            }
            table.append(" | ").append(cell(description))
                    .append(" | ").append(defaultValue(option))
                    .append(" | ").append(shortType(option.javaType())).append('\n');
        }
        return table.append("|===\n").toString();
    }

    private static String defaultValue(CatalogueOption option) {
        return option.hasDefault() ? cell(option.defaultValue()) : "";
    }

    private static String shortType(String javaType) {
        String withoutGenerics = javaType.replaceAll("<.*>", "");
        return withoutGenerics.substring(withoutGenerics.lastIndexOf('.') + 1);
    }

    /** Table cells end at an unescaped pipe. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
