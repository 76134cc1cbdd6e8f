package io.camelzuora.buildtools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes the option and header tables of a component's AsciiDoc page from the component's generated catalogue JSON,
 * between Camel's marker comments ({@code // component options: START} ... {@code // component options: END}, and
 * likewise {@code endpoint options} and {@code component headers}), leaving the hand-written text around them alone.
 * So the page cannot drift from the code: the build regenerates it, and CI fails when the committed page differs.
 *
 * <p>
 * Usage: {@code java ComponentDocGenerator.java <component.json> <page.adoc>}. It runs from its source file, with the
 * component's class path (for Jackson), in the component's {@code process-classes} phase.
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
        JsonNode catalogue = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Path page = Path.of(args[1]);
        String before = Files.readString(page, StandardCharsets.UTF_8);
        String after = render(catalogue, before);
        if (!after.equals(before)) {
            Files.writeString(page, after, StandardCharsets.UTF_8);
            System.out.println("Updated the generated sections of " + page);
        }
    }

    /** The page with its marked sections rewritten from the catalogue. */
    static String render(JsonNode catalogue, String page) {
        String title = catalogue.get("component").get("title").asText();
        String result = replaceSection(page, "component options", componentOptions(title, catalogue));
        result = replaceSection(result, "endpoint options", endpointOptions(title, catalogue));
        return replaceSection(result, "component headers", headers(title, catalogue));
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

    private static String componentOptions(String title, JsonNode catalogue) {
        List<JsonNode> options = list(catalogue.get("componentProperties"), o -> true);
        return "=== Component Options\n\n"
               + "The " + title + " component supports " + options.size() + " options, which are listed below.\n\n"
               + optionTable(options);
    }

    private static String endpointOptions(String title, JsonNode catalogue) {
        JsonNode component = catalogue.get("component");
        List<JsonNode> path = list(catalogue.get("properties"), o -> o.get("kind").asText().equals("path"));
        List<JsonNode> query = list(catalogue.get("properties"), o -> !o.get("kind").asText().equals("path"));
        return "=== Endpoint Options\n\n"
               + "The " + title + " endpoint is configured using URI syntax:\n\n"
               + "----\n" + component.get("syntax").asText() + "\n----\n\n"
               + "With the following path and query parameters:\n\n"
               + "==== Path Parameters (" + path.size() + " parameters)\n\n" + optionTable(path) + "\n"
               + "==== Query Parameters (" + query.size() + " parameters)\n\n" + optionTable(query);
    }

    private static String headers(String title, JsonNode catalogue) {
        List<JsonNode> headers = list(catalogue.get("headers"), h -> true);
        StringBuilder table = new StringBuilder(TABLE_HEADER);
        for (JsonNode header : headers) {
            String constant = header.path("constantName").asText();
            table.append("| *").append(header.get("name").asText()).append("* (").append(header.get("group").asText())
                    .append(")");
            if (!constant.isEmpty()) {
                table.append(" +\nConstant: `").append(constant.substring(constant.indexOf('#') + 1)).append('`');
            }
            table.append(" | ").append(cell(header.get("description").asText()))
                    .append(" | ").append(defaultValue(header))
                    .append(" | ").append(shortType(header.get("javaType").asText())).append('\n');
        }
        table.append("|===\n");
        return "=== Message Headers\n\n"
               + "The " + title + " component supports " + headers.size() + " message headers, which are listed below:\n\n"
               + table;
    }

    private static String optionTable(List<JsonNode> options) {
        StringBuilder table = new StringBuilder(TABLE_HEADER);
        for (JsonNode option : options) {
            String description = option.get("description").asText();
            if (option.has("enum")) {
                List<String> values = new ArrayList<>();
                option.get("enum").forEach(v -> values.add("* " + v.asText()));
                description += "\n\nEnum values:\n\n" + String.join("\n", values) + "\n";
            }
            table.append("| *").append(option.get("name").asText()).append("* (").append(option.get("group").asText())
                    .append(")");
            if (option.path("required").asBoolean()) {
                table.append(" *Required*");
            }
            table.append(" | ").append(cell(description))
                    .append(" | ").append(defaultValue(option))
                    .append(" | ").append(shortType(option.get("javaType").asText())).append('\n');
        }
        return table.append("|===\n").toString();
    }

    /** The entries of a catalogue section in catalogue order, each with its name added. */
    private static List<JsonNode> list(JsonNode section, Predicate<JsonNode> filter) {
        List<JsonNode> entries = new ArrayList<>();
        if (section == null) {
            return entries;
        }
        for (Map.Entry<String, JsonNode> entry : section.properties()) {
            if (filter.test(entry.getValue())) {
                entries.add(((ObjectNode) entry.getValue().deepCopy())
                        .put("name", entry.getKey()));
            }
        }
        return entries;
    }

    private static String defaultValue(JsonNode option) {
        JsonNode value = option.get("defaultValue");
        return value == null || value.asText().isEmpty() ? "" : cell(value.asText());
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
