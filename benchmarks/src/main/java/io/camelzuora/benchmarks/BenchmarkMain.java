package io.camelzuora.benchmarks;

import java.nio.file.Path;
import java.util.Set;

/**
 * Runs the benchmarks and writes {@code latest.json}, {@code latest.md} and {@code latest.svg}. System properties:
 * {@code bench.size} ({@code full}, the default, or {@code smoke}) and {@code bench.output} (the directory, default
 * {@code results}) and {@code bench.workloads} ({@code all}, the default, or a comma list such as {@code load}). Exits
 * with 1 when a contender did not detect exactly the simulator's changes or did not load every record once.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSize size = BenchmarkSize.named(System.getProperty("bench.size", "full"));
        Set<String> workloads = Benchmark.selected(System.getProperty("bench.workloads", "all"));
        Path output = Path.of(System.getProperty("bench.output", "results")).toAbsolutePath();
        // The simulator sets it too; set here first so no server in this JVM ever starts with Nagle's algorithm on.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Progress.say("benchmark size %s, workloads %s, on %s", size.name(), String.join(",", workloads),
                Machine.current().describe());
        BenchmarkResults results;
        try {
            results = Benchmark.run(size, workloads);
        } catch (GroundTruthException wrong) {
            System.err.println("BENCHMARK INVALID: " + wrong.getMessage());
            System.exit(1);
            return;
        }
        Report.write(results, output);
        System.out.println(Report.markdown(results));
        Progress.say("wrote %s, %s and %s to %s", Report.JSON, Report.MARKDOWN, Report.SVG, output);
        System.exit(0);
    }
}
