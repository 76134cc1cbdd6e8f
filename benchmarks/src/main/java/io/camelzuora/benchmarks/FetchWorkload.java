package io.camelzuora.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.camelzuora.simulator.SimJob;
import io.camelzuora.simulator.ZuoraSimulator;

/**
 * Workload 1: {@code getJob} fetches of existing jobs at a fixed concurrency. Every fetched status is checked against
 * the simulator's. Contenders run one after another, in a rotating order each round, after a warm-up round.
 */
final class FetchWorkload {

    static final String NAME = "fetch";
    static final String THROUGHPUT = "throughput";
    static final String P50 = "latency p50";
    static final String P99 = "latency p99";
    static final String CPU = "CPU per fetch";
    static final String ALLOCATION = "allocation per fetch";

    private static final int DISTINCT_JOBS = 1_000;

    private final BenchmarkSize size;

    FetchWorkload(BenchmarkSize size) {
        this.size = size;
    }

    List<ResultRow> run() throws Exception {
        Map<String, ResultRow> rows = new LinkedHashMap<>();
        try (ZuoraSimulator zuora = new ZuoraSimulator().rateLimitPerMinute(Integer.MAX_VALUE)) {
            String baseUrl = zuora.start();
            List<SimJob> jobs = zuora.seedHistory(DISTINCT_JOBS, 42);
            String token = zuora.issueToken();
            int maxConcurrency = Collections.max(size.concurrencies());
            List<FetchContender> contenders = List.of(new ComponentFetch(baseUrl), new CamelHttpFetch(baseUrl, token),
                    new RawHttpClientFetch(baseUrl, token, maxConcurrency));
            try {
                for (int round = 0; round <= size.measuredRounds(); round++) {
                    boolean warmUp = round == 0;
                    for (int concurrency : size.concurrencies()) {
                        for (FetchContender contender : rotated(contenders, round)) {
                            RoundFigures figures = runRound(contender, concurrency, jobs);
                            zuora.clearRequests();
                            Progress.say("fetch %s c=%d %s: %.0f fetches/s, p99 %.0f us, CPU %.1f us/fetch",
                                    warmUp ? "warm-up" : "round " + round, concurrency, contender.name(),
                                    figures.throughput, figures.p99Micros, figures.cpuMicrosPerFetch);
                            if (!warmUp) {
                                record(rows.computeIfAbsent(contender.name() + concurrency,
                                        k -> new ResultRow(NAME, contender.name(), "concurrency=" + concurrency)), figures);
                            }
                        }
                    }
                }
            } finally {
                for (FetchContender contender : contenders) {
                    contender.close();
                }
            }
        }
        return new ArrayList<>(rows.values());
    }

    private record RoundFigures(double throughput, double p50Micros, double p99Micros, double cpuMicrosPerFetch,
            double bytesPerFetch) {
    }

    private static void record(ResultRow row, RoundFigures figures) {
        row.metric(THROUGHPUT, "fetches/s").add(figures.throughput);
        row.metric(P50, "us").add(figures.p50Micros);
        row.metric(P99, "us").add(figures.p99Micros);
        row.metric(CPU, "us").add(figures.cpuMicrosPerFetch);
        row.metric(ALLOCATION, "KB").add(figures.bytesPerFetch / 1024);
    }

    private RoundFigures runRound(FetchContender contender, int concurrency, List<SimJob> jobs) throws Exception {
        int total = size.fetches();
        long[] latencies = new long[total];
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        List<Future<ThreadCost>> workers = new ArrayList<>();
        try {
            for (int worker = 0; worker < concurrency; worker++) {
                int from = (int) ((long) total * worker / concurrency);
                int to = (int) ((long) total * (worker + 1) / concurrency);
                workers.add(threads.submit(() -> fetchRange(contender, jobs, latencies, from, to, start)));
            }
            long began = System.nanoTime();
            start.countDown();
            ThreadCost cost = new ThreadCost(0, 0);
            for (Future<ThreadCost> worker : workers) {
                cost = cost.plus(worker.get());
            }
            long elapsed = System.nanoTime() - began;
            return new RoundFigures(
                    total * 1e9 / elapsed, Stats.percentile(latencies, total, 50) / 1e3,
                    Stats.percentile(latencies, total, 99) / 1e3, cost.cpuNanos() / 1e3 / total,
                    (double) cost.allocatedBytes() / total);
        } finally {
            threads.shutdownNow();
        }
    }

    /** Fetches jobs {@code from..to} (cycling through the tenant's jobs), recording each latency at its index. */
    private static ThreadCost fetchRange(
            FetchContender contender, List<SimJob> jobs, long[] latencies, int from, int to,
            CountDownLatch start)
            throws Exception {
        start.await();
        ThreadCost before = ThreadCost.now();
        for (int i = from; i < to; i++) {
            SimJob job = jobs.get(i % jobs.size());
            long sent = System.nanoTime();
            String status = contender.fetchStatus(job.id());
            latencies[i] = System.nanoTime() - sent;
            if (!job.status().equals(status)) {
                throw new GroundTruthException(
                        contender.name() + " fetched status " + status + " for job " + job.id()
                                               + ", the simulator has " + job.status());
            }
        }
        return ThreadCost.now().since(before);
    }

    static <T> List<T> rotated(List<T> items, int round) {
        List<T> copy = new ArrayList<>(items);
        Collections.rotate(copy, round % copy.size());
        return copy;
    }
}
