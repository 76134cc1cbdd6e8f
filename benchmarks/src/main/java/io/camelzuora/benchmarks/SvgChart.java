package io.camelzuora.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws the headline figures as one SVG: a panel per figure, a horizontal bar per contender (the median), a whisker for
 * the rounds' spread, the component's bars in blue.
 */
final class SvgChart {

    private static final int PANEL_WIDTH = 500;
    private static final int LABEL_WIDTH = 200;
    private static final int BAR_AREA = 210;
    private static final int BAR_HEIGHT = 18;
    private static final int BAR_GAP = 8;
    private static final int TITLE_HEIGHT = 34;
    private static final int COLUMNS = 2;
    private static final String OURS = "#2b6cb0";
    private static final String OTHERS = "#a0aec0";

    private record Bar(String label, Metric metric, boolean ours) {
    }

    private record Panel(String title, List<Bar> bars) {

        int height() {
            return TITLE_HEIGHT + bars.size() * (BAR_HEIGHT + BAR_GAP) + 10;
        }
    }

    private SvgChart() {
    }

    static String draw(BenchmarkResults results) {
        List<Panel> panels = panels(results);
        int rows = (panels.size() + COLUMNS - 1) / COLUMNS;
        int[] rowHeights = new int[rows];
        for (int i = 0; i < panels.size(); i++) {
            rowHeights[i / COLUMNS] = Math.max(rowHeights[i / COLUMNS], panels.get(i).height());
        }
        int height = 40;
        for (int rowHeight : rowHeights) {
            height += rowHeight;
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                                              + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">\n",
                PANEL_WIDTH * COLUMNS, height, PANEL_WIDTH * COLUMNS, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", PANEL_WIDTH * COLUMNS,
                height));
        svg.append(text(10, 22, "zuora-jobs (blue) against what users write; median of the rounds, whiskers: min-max ("
                                + results.machine().processors() + " CPUs, size " + results.size().name() + ")",
                "font-size=\"14\" font-weight=\"bold\""));
        int y = 40;
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < COLUMNS; column++) {
                int index = row * COLUMNS + column;
                if (index < panels.size()) {
                    drawPanel(svg, panels.get(index), column * PANEL_WIDTH, y);
                }
            }
            y += rowHeights[row];
        }
        return svg.append("</svg>\n").toString();
    }

    private static List<Panel> panels(BenchmarkResults results) {
        List<Panel> panels = new ArrayList<>();
        for (int concurrency : results.size().concurrencies()) {
            String setting = "concurrency=" + concurrency;
            panels.add(panel("Fetch throughput, concurrency " + concurrency + " (fetches/s, higher is better)",
                    results.rowsOf(FetchWorkload.NAME), setting, FetchWorkload.THROUGHPUT, ComponentFetch.NAME));
            panels.add(panel("CPU per fetch, concurrency " + concurrency + " (us, lower is better)",
                    results.rowsOf(FetchWorkload.NAME), setting, FetchWorkload.CPU, ComponentFetch.NAME));
        }
        for (int n : results.size().watchJobCounts()) {
            panels.add(panel("Watch by id, N=" + n + ": CPU per poll cycle (ms, lower is better)",
                    results.rowsOf(WatchByIdWorkload.NAME), "N=" + n, WatchRound.CPU_PER_POLL, ComponentWatch.NAME));
        }
        List<ResultRow> discovery = results.rowsOf(DiscoveryWorkload.NAME);
        if (!discovery.isEmpty()) {
            panels.add(panel("Watch by discovery: requests per poll (lower is better)", discovery,
                    discovery.get(0).setting(), WatchRound.REQUESTS_PER_POLL, ComponentWatch.NAME));
        }
        for (long inputBytes : results.size().loadInputBytes()) {
            String input = LoadInput.describe(inputBytes);
            panels.add(panel("Load " + input + ": wall time (s, lower is better)", results.rowsOf(LoadWorkload.NAME),
                    LoadWorkload.setting(inputBytes), LoadWorkload.WALL, ComponentLoad.NAME));
            panels.add(panel("Load " + input + ": heap growth (MB, lower is better)",
                    results.rowsOf(LoadWorkload.NAME), LoadWorkload.setting(inputBytes), LoadWorkload.HEAP_GROWTH,
                    ComponentLoad.NAME));
        }
        panels.removeIf(panel -> panel.bars().isEmpty());
        return panels;
    }

    private static Panel panel(String title, List<ResultRow> rows, String setting, String metric, String ours) {
        List<Bar> bars = rows.stream().filter(row -> row.setting().equals(setting) && row.metrics().containsKey(metric))
                .map(row -> new Bar(row.contender(), row.metrics().get(metric), row.contender().equals(ours))).toList();
        return new Panel(title, bars);
    }

    private static void drawPanel(StringBuilder svg, Panel panel, int x, int y) {
        svg.append(text(x + 10, y + 20, panel.title(), "font-weight=\"bold\""));
        double scale = panel.bars().stream().mapToDouble(bar -> bar.metric().max()).filter(v -> !Double.isNaN(v))
                .max().orElse(1);
        scale = scale <= 0 ? 1 : scale;
        int barY = y + TITLE_HEIGHT;
        for (Bar bar : panel.bars()) {
            Metric metric = bar.metric();
            double width = BAR_AREA * metric.median() / scale;
            int left = x + LABEL_WIDTH;
            svg.append(text(x + LABEL_WIDTH - 6, barY + 13, bar.label(), "text-anchor=\"end\""));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>\n",
                    left, barY, Math.max(1, width), BAR_HEIGHT, bar.ours() ? OURS : OTHERS));
            double from = left + BAR_AREA * metric.min() / scale;
            double to = left + BAR_AREA * metric.max() / scale;
            int middle = barY + BAR_HEIGHT / 2;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#1a202c\"/>\n",
                    from, middle, to, middle));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#1a202c\"/>\n",
                    to, middle - 4, to, middle + 4));
            svg.append(text((int) Math.max(left + width, to) + 6, barY + 13, Report.number(metric.median()), ""));
            barY += BAR_HEIGHT + BAR_GAP;
        }
    }

    private static String text(int x, int y, String content, String attributes) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" %s>%s</text>\n", x, y, attributes, escape(content));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
