package io.camelzuora.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.camelzuora.simulator.SimJob;
import io.camelzuora.simulator.ZuoraSimulator;

/**
 * Workload 4: many threads fetch through {@code zuora-jobs:getJob} while tokens expire every few seconds (the
 * simulator's clock runs in real time). One token request per expiry is the goal, and no failed call.
 */
final class AuthWorkload {

    static final String NAME = "auth under load";
    static final String TOKEN_REQUESTS = "token requests";
    static final String TOKEN_EXPIRIES = "token lifetimes elapsed";
    static final String FAILED_CALLS = "failed calls";
    static final String UNAUTHORIZED = "401 answers";
    static final String FETCHES = "fetches";

    private final BenchmarkSize size;

    AuthWorkload(BenchmarkSize size) {
        this.size = size;
    }

    ResultRow run() throws Exception {
        ResultRow row = new ResultRow(
                NAME, ComponentFetch.NAME, "threads=" + size.authThreads() + ", token TTL="
                                           + size.tokenTtl().toSeconds() + " s");
        try (ZuoraSimulator zuora = new ZuoraSimulator().rateLimitPerMinute(Integer.MAX_VALUE)
                .tokenTtl(size.tokenTtl())) {
            zuora.clock().runInRealTime(1.0);
            String baseUrl = zuora.start();
            List<SimJob> jobs = zuora.seedHistory(200, 3);
            AtomicLong fetches = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            AtomicReference<String> firstFailure = new AtomicReference<>();
            ExecutorService threads = Executors.newFixedThreadPool(size.authThreads());
            long began;
            long elapsed;
            try (ComponentFetch component = new ComponentFetch(baseUrl)) {
                began = System.nanoTime();
                long deadline = began + size.authDuration().toNanos();
                List<Future<?>> workers = new ArrayList<>();
                for (int worker = 0; worker < size.authThreads(); worker++) {
                    int offset = worker * 13;
                    workers.add(threads.submit(() -> {
                        for (int i = offset; System.nanoTime() < deadline; i++) {
                            try {
                                component.fetchStatus(jobs.get(i % jobs.size()).id());
                                fetches.incrementAndGet();
                            } catch (Exception e) {
                                failures.incrementAndGet();
                                firstFailure.compareAndSet(null, e.toString());
                            }
                        }
                    }));
                }
                for (Future<?> worker : workers) {
                    worker.get();
                }
                elapsed = System.nanoTime() - began;
            } finally {
                threads.shutdownNow();
            }
            long unauthorized = zuora.requests().stream().filter(request -> request.status() == 401).count();
            row.metric(TOKEN_REQUESTS, "requests").add(zuora.tokenRequestCount());
            row.metric(TOKEN_EXPIRIES, "lifetimes").add(elapsed / (double) size.tokenTtl().toNanos());
            row.metric(FAILED_CALLS, "calls").add(failures.get());
            row.metric(UNAUTHORIZED, "answers").add(unauthorized);
            row.metric(FETCHES, "fetches").add(fetches.get());
            Progress.say("auth: %d fetches in %.1f s, %d token requests, %d failed calls%s, %d 401 answers",
                    fetches.get(), elapsed / 1e9, zuora.tokenRequestCount(), failures.get(),
                    firstFailure.get() == null ? "" : " (first: " + firstFailure.get() + ")", unauthorized);
        }
        return row;
    }
}
