package io.camelzuora.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runs the whole harness at its smoke size, so the build keeps it working. It asserts correctness only: every contender
 * detected exactly the simulator's changes and loaded every record once (the harness throws otherwise), and every
 * output is written. Timings are never asserted.
 */
class BenchmarkSmokeTest {

    @Test
    void workloadsAreChosenByName() {
        assertThat(Benchmark.selected("all")).containsExactlyInAnyOrderElementsOf(Benchmark.WORKLOADS);
        assertThat(Benchmark.selected(" load , auth")).containsExactly("load", "auth");
        assertThatThrownBy(() -> Benchmark.selected("load,speed")).hasMessageContaining("'speed'")
                .hasMessageContaining("fetch,watch-by-id,discovery,auth,load");
    }

    @Test
    void everyWorkloadRunsAndEveryContenderMatchesTheGroundTruth() throws Exception {
        BenchmarkResults results = Benchmark.run(BenchmarkSize.named("smoke"));

        assertThat(results.rows()).extracting(row -> row.workload() + " / " + row.contender()).contains(
                "fetch / " + ComponentFetch.NAME, "fetch / " + CamelHttpFetch.NAME, "fetch / " + RawHttpClientFetch.NAME,
                "watch by id / " + ComponentWatch.NAME, "watch by id / " + HandWrittenIdWatch.NAME,
                "watch by discovery / " + ComponentWatch.NAME, "watch by discovery / " + HandWrittenDiscoveryWatch.NAME,
                "auth under load / " + ComponentFetch.NAME,
                "load / " + ComponentLoad.NAME, "load / " + HandWrittenSplitLoad.NAME);
        assertThat(results.rowsOf(LoadWorkload.NAME)).allSatisfy(row -> assertThat(row.median(LoadWorkload.PARTS))
                .as(row.contender() + " parts").isGreaterThan(LoadSchedule.SLOTS));
        assertThat(results.rowsOf(AuthWorkload.NAME).get(0).median(AuthWorkload.FAILED_CALLS)).isZero();
        assertThat(results.goals()).isNotEmpty();

        Path output = Path.of("target", "bench-smoke");
        Report.write(results, output);
        assertThat(output.resolve(Report.JSON)).content().contains("\"results\"", "\"goals\"");
        assertThat(output.resolve(Report.MARKDOWN)).content().contains("| workload | goal | measured | met |");
        assertThat(Files.readString(output.resolve(Report.SVG))).startsWith("<svg").contains("</svg>");
    }
}
