package io.camelzuora.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes a run as {@code latest.json}, {@code latest.md} (the tables) and {@code latest.svg} (the chart). */
final class Report {

    static final String JSON = "latest.json";
    static final String MARKDOWN = "latest.md";
    static final String SVG = "latest.svg";

    private Report() {
    }

    static void write(BenchmarkResults results, Path directory) throws IOException {
        Files.createDirectories(directory);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(directory.resolve(JSON), mapper.writeValueAsString(json(results, mapper)) + "\n");
        Files.writeString(directory.resolve(MARKDOWN), markdown(results));
        Files.writeString(directory.resolve(SVG), SvgChart.draw(results));
    }

    private static ObjectNode json(BenchmarkResults results, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("finished", results.finished().toString());
        root.set("size", size(results.size(), mapper));
        root.set("machine", mapper.valueToTree(results.machine()));
        ArrayNode rows = root.putArray("results");
        for (ResultRow row : results.rows()) {
            ObjectNode node = rows.addObject();
            node.put("workload", row.workload());
            node.put("contender", row.contender());
            node.put("setting", row.setting());
            ObjectNode metrics = node.putObject("metrics");
            for (Map.Entry<String, Metric> entry : row.metrics().entrySet()) {
                Metric metric = entry.getValue();
                ObjectNode value = metrics.putObject(entry.getKey());
                value.put("unit", metric.unit());
                value.put("median", metric.median());
                value.put("min", metric.min());
                value.put("max", metric.max());
                ArrayNode rounds = value.putArray("rounds");
                metric.rounds().forEach(rounds::add);
            }
        }
        root.set("goals", mapper.valueToTree(results.goals()));
        return root;
    }

    private static ObjectNode size(BenchmarkSize size, ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        node.put("name", size.name());
        node.put("fetches", size.fetches());
        node.set("concurrencies", mapper.valueToTree(size.concurrencies()));
        node.put("measuredRounds", size.measuredRounds());
        node.set("watchJobCounts", mapper.valueToTree(size.watchJobCounts()));
        node.set("watchRoundsByCount", mapper.valueToTree(size.watchRoundsByCount()));
        node.put("pollDelayMillis", size.pollDelay().toMillis());
        node.put("changeSpreadMillis", size.changeSpread().toMillis());
        node.put("historyJobs", size.historyJobs());
        node.put("newJobsPerRound", size.newJobsPerRound());
        node.put("authDurationMillis", size.authDuration().toMillis());
        node.put("tokenTtlMillis", size.tokenTtl().toMillis());
        node.put("authThreads", size.authThreads());
        node.set("loadInputBytes", mapper.valueToTree(size.loadInputBytes()));
        node.put("loadPartSize", size.loadPartSize());
        node.put("loadRecordsPerSecond", size.loadRecordsPerSecond());
        return node;
    }

    static String markdown(BenchmarkResults results) {
        StringBuilder md = new StringBuilder();
        md.append("Size `").append(results.size().name()).append("`, finished ").append(results.finished())
                .append(" on ").append(results.machine().describe()).append(".\n")
                .append("Each cell: the median of the measured rounds (min-max in brackets).\n\n");
        md.append("| workload | goal | measured | met |\n|---|---|---|---|\n");
        for (Goal goal : results.goals()) {
            md.append("| ").append(goal.workload()).append(" | ").append(goal.goal()).append(" | ").append(goal.figure())
                    .append(" | ").append(goal.met() ? "met" : "**not met**").append(" |\n");
        }
        Set<String> workloads = new LinkedHashSet<>();
        results.rows().forEach(row -> workloads.add(row.workload()));
        for (String workload : workloads) {
            md.append("\n**").append(workload).append("**\n\n");
            table(md, results.rowsOf(workload));
        }
        return md.toString();
    }

    private static void table(StringBuilder md, List<ResultRow> rows) {
        Set<String> metricNames = new LinkedHashSet<>();
        rows.forEach(row -> metricNames.addAll(row.metrics().keySet()));
        md.append("| setting | contender |");
        List<String> names = new ArrayList<>(metricNames);
        for (String name : names) {
            String unit = rows.stream().map(row -> row.metrics().get(name)).filter(m -> m != null).findFirst()
                    .map(Metric::unit).orElse("");
            md.append(' ').append(name).append(" (").append(unit).append(") |");
        }
        md.append("\n|---|---|").append("---|".repeat(names.size())).append('\n');
        for (ResultRow row : rows) {
            md.append("| ").append(row.setting()).append(" | ").append(row.contender()).append(" |");
            for (String name : names) {
                Metric metric = row.metrics().get(name);
                md.append(' ').append(metric == null ? "" : cell(metric)).append(" |");
            }
            md.append('\n');
        }
    }

    private static String cell(Metric metric) {
        if (metric.rounds().size() < 2) {
            return number(metric.median());
        }
        return number(metric.median()) + " (" + number(metric.min()) + "-" + number(metric.max()) + ")";
    }

    /** A figure with as many digits as it deserves: 12,345 / 123 / 12.3 / 1.23 / 0.123. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (magnitude >= 1 || magnitude == 0) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
