package io.camelzuora.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Judges the medians of a run against the goals of the benchmark issue. */
final class Goals {

    private Goals() {
    }

    static List<Goal> judge(BenchmarkSize size, List<ResultRow> rows) {
        List<Goal> goals = new ArrayList<>();
        fetch(size, rows, goals);
        watchById(size, rows, goals);
        discovery(size, rows, goals);
        auth(size, rows, goals);
        load(size, rows, goals);
        return goals;
    }

    private static void fetch(BenchmarkSize size, List<ResultRow> rows, List<Goal> goals) {
        for (int concurrency : size.concurrencies()) {
            String setting = "concurrency=" + concurrency;
            Optional<ResultRow> component = find(rows, FetchWorkload.NAME, ComponentFetch.NAME, setting);
            Optional<ResultRow> raw = find(rows, FetchWorkload.NAME, RawHttpClientFetch.NAME, setting);
            Optional<ResultRow> route = find(rows, FetchWorkload.NAME, CamelHttpFetch.NAME, setting);
            if (component.isEmpty() || raw.isEmpty() || route.isEmpty()) {
                continue;
            }
            double ours = component.get().median(FetchWorkload.THROUGHPUT);
            double floor = raw.get().median(FetchWorkload.THROUGHPUT);
            double camelHttp = route.get().median(FetchWorkload.THROUGHPUT);
            goals.add(new Goal(
                    FetchWorkload.NAME, "throughput at least 0.9x the raw client's, concurrency " + concurrency,
                    String.format("%.2fx (%s vs %s fetches/s)", ours / floor, Report.number(ours), Report.number(floor)),
                    ours >= 0.9 * floor));
            goals.add(new Goal(
                    FetchWorkload.NAME, "throughput at least 1.0x the camel-http route's, concurrency "
                                        + concurrency,
                    String.format("%.2fx (%s vs %s fetches/s)", ours / camelHttp, Report.number(ours),
                            Report.number(camelHttp)),
                    ours >= camelHttp));
        }
    }

    private static void watchById(BenchmarkSize size, List<ResultRow> rows, List<Goal> goals) {
        long latencyLimit = size.pollDelay().toMillis() + 50;
        int largest = size.watchJobCounts().get(size.watchJobCounts().size() - 1);
        for (int n : size.watchJobCounts()) {
            String setting = "N=" + n;
            Optional<ResultRow> component = find(rows, WatchByIdWorkload.NAME, ComponentWatch.NAME, setting);
            Optional<ResultRow> route = find(rows, WatchByIdWorkload.NAME, HandWrittenIdWatch.NAME, setting);
            if (component.isEmpty()) {
                continue;
            }
            double perOpenJob = component.get().median(WatchRound.REQUESTS_PER_OPEN_JOB);
            goals.add(new Goal(
                    WatchByIdWorkload.NAME, "at most 1 request per non-terminal job per poll, N=" + n,
                    String.format("%.3f requests per open job per poll (%s requests per poll)", perOpenJob,
                            Report.number(component.get().median(WatchRound.REQUESTS_PER_POLL))),
                    perOpenJob <= 1.0));
            if (route.isPresent()) {
                double ours = component.get().median(WatchRound.CPU_PER_POLL);
                double theirs = route.get().median(WatchRound.CPU_PER_POLL);
                goals.add(new Goal(
                        WatchByIdWorkload.NAME, "CPU per poll cycle at most half the hand-written route's, N=" + n,
                        String.format("%.2fx (%s vs %s ms)", ours / theirs, Report.number(ours), Report.number(theirs)),
                        ours <= 0.5 * theirs));
            }
            double p99 = component.get().median(WatchRound.LATENCY_P99);
            goals.add(new Goal(
                    WatchByIdWorkload.NAME, "detection latency p99 at most the poll delay + 50 ms ("
                                            + latencyLimit + " ms), N=" + n,
                    Report.number(p99) + " ms", p99 <= latencyLimit));
            if (n == largest) {
                double perJob = component.get().median(WatchByIdWorkload.HEAP_PER_JOB);
                goals.add(new Goal(
                        WatchByIdWorkload.NAME, "retained heap at most 1 KB per tracked job, N=" + n,
                        Report.number(perJob) + " bytes per job", perJob <= 1024));
            }
        }
    }

    private static void discovery(BenchmarkSize size, List<ResultRow> rows, List<Goal> goals) {
        Optional<ResultRow> component = rows.stream().filter(row -> row.workload().equals(DiscoveryWorkload.NAME)
                && row.contender().equals(ComponentWatch.NAME)).findFirst();
        if (component.isEmpty()) {
            return;
        }
        double extra = component.get().median(WatchRound.EXTRA_REQUESTS_PER_POLL);
        goals.add(new Goal(
                DiscoveryWorkload.NAME, "requests per poll at most active jobs + 2, history of "
                                        + size.historyJobs() + " jobs",
                String.format("%s requests per poll for %s active jobs (%+.2f)",
                        Report.number(component.get().median(WatchRound.REQUESTS_PER_POLL)),
                        Report.number(component.get().median(WatchRound.OPEN_JOBS_PER_POLL)), extra),
                extra <= 2.0));
        long latencyLimit = size.pollDelay().toMillis() + 50;
        double p99 = component.get().median(WatchRound.LATENCY_P99);
        goals.add(new Goal(
                DiscoveryWorkload.NAME, "detection latency p99 at most the poll delay + 50 ms ("
                                        + latencyLimit + " ms)",
                Report.number(p99) + " ms", p99 <= latencyLimit));
    }

    private static void auth(BenchmarkSize size, List<ResultRow> rows, List<Goal> goals) {
        Optional<ResultRow> auth = rows.stream().filter(row -> row.workload().equals(AuthWorkload.NAME)).findFirst();
        if (auth.isEmpty()) {
            return;
        }
        double tokens = auth.get().median(AuthWorkload.TOKEN_REQUESTS);
        double lifetimes = auth.get().median(AuthWorkload.TOKEN_EXPIRIES);
        // the first token, then one renewal per lifetime that ran out (or was about to) during the run
        double allowed = 1 + Math.ceil(lifetimes);
        goals.add(new Goal(
                AuthWorkload.NAME, "one token request per expiry, " + size.authThreads() + " threads",
                String.format("%.0f token requests over %.1f token lifetimes", tokens, lifetimes), tokens <= allowed));
        double failed = auth.get().median(AuthWorkload.FAILED_CALLS);
        goals.add(new Goal(
                AuthWorkload.NAME, "no failed call while tokens expire",
                String.format("%.0f failed of %s calls", failed, Report.number(auth.get().median(AuthWorkload.FETCHES))),
                failed == 0));
    }

    private static void load(BenchmarkSize size, List<ResultRow> rows, List<Goal> goals) {
        List<Double> heapGrowths = new ArrayList<>();
        for (long inputBytes : size.loadInputBytes()) {
            String setting = LoadWorkload.setting(inputBytes);
            String input = LoadInput.describe(inputBytes);
            Optional<ResultRow> component = find(rows, LoadWorkload.NAME, ComponentLoad.NAME, setting);
            Optional<ResultRow> route = find(rows, LoadWorkload.NAME, HandWrittenSplitLoad.NAME, setting);
            if (component.isEmpty() || route.isEmpty()) {
                continue;
            }
            double wall = component.get().median(LoadWorkload.WALL);
            double ideal = component.get().median(LoadWorkload.IDEAL);
            double routeWall = route.get().median(LoadWorkload.WALL);
            goals.add(new Goal(
                    LoadWorkload.NAME, "wall time at most 1.1x the ideal schedule, " + input,
                    String.format("%.2fx (%s vs %s s)", wall / ideal, Report.number(wall), Report.number(ideal)),
                    wall <= 1.1 * ideal));
            goals.add(new Goal(
                    LoadWorkload.NAME, "wall time below the split route's, " + input,
                    String.format("%.2fx (%s vs %s s)", wall / routeWall, Report.number(wall), Report.number(routeWall)),
                    wall < routeWall));
            double busy = component.get().median(LoadWorkload.SLOTS_BUSY);
            goals.add(new Goal(
                    LoadWorkload.NAME, "the 5 slots busy at least 90% of the time while parts remain, "
                                       + input,
                    String.format("%.1f%% (split route: %.1f%%)", busy, route.get().median(LoadWorkload.SLOTS_BUSY)),
                    busy >= 90));
            double heap = component.get().median(LoadWorkload.HEAP_GROWTH);
            heapGrowths.add(heap);
            goals.add(new Goal(
                    LoadWorkload.NAME, "heap growth at most 64 MB, " + input,
                    String.format("%s MB (split route: %s MB)", Report.number(heap),
                            Report.number(route.get().median(LoadWorkload.HEAP_GROWTH))),
                    heap <= 64));
            double cpu = component.get().median(LoadWorkload.CPU_PER_MB);
            double routeCpu = route.get().median(LoadWorkload.CPU_PER_MB);
            goals.add(new Goal(
                    LoadWorkload.NAME, "CPU per input MB at most the split route's, " + input,
                    String.format("%.2fx (%s vs %s ms)", cpu / routeCpu, Report.number(cpu), Report.number(routeCpu)),
                    cpu <= routeCpu));
        }
        if (heapGrowths.size() > 1) {
            double smallest = heapGrowths.get(0);
            double largest = heapGrowths.get(heapGrowths.size() - 1);
            goals.add(new Goal(
                    LoadWorkload.NAME, "heap growth the same for every input (within 16 MB), "
                                       + LoadInput.describe(size.loadInputBytes().get(0)) + " to "
                                       + LoadInput.describe(size.loadInputBytes().get(heapGrowths.size() - 1)),
                    String.format("%s MB to %s MB", Report.number(smallest), Report.number(largest)),
                    largest <= smallest + 16));
        }
    }

    private static Optional<ResultRow> find(List<ResultRow> rows, String workload, String contender, String setting) {
        return rows.stream().filter(row -> row.workload().equals(workload) && row.contender().equals(contender)
                && row.setting().equals(setting)).findFirst();
    }
}
