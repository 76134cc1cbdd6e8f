package io.camelzuora.jobs.internal.consumer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.exception.ZuoraJobNotFoundException;
import io.camelzuora.jobs.internal.client.CallOptions;
import io.camelzuora.jobs.internal.client.ZuoraJobsClient;
import io.camelzuora.jobs.model.CustomObjectBulkJob;

/**
 * Fetches the jobs of one poll by id, up to {@code fetchConcurrency} at a time. Each round trip to Zuora takes tens of
 * milliseconds, so a watch of a thousand jobs fetched one after another would take a minute per poll; a few calls in
 * flight keep a poll short without more requests in total. Outcomes are recorded in the order of the ids, so the
 * emission order does not depend on which call came back first.
 */
final class JobFetcher {

    /**
     * The outcome of one fetch: exactly one of the four is set; {@code skipped} says why Zuora's answer was not taken.
     */
    record Fetched(CustomObjectBulkJob job, ZuoraJobNotFoundException missing, ZuoraApiException failure,
            String skipped) {
    }

    private final ZuoraJobsClient client;
    private final ExecutorService executor;
    private final int concurrency;

    /**
     * @param executor runs the calls when {@code concurrency > 1}; {@code null} fetches on the polling thread
     */
    JobFetcher(ZuoraJobsClient client, ExecutorService executor, int concurrency) {
        this.client = client;
        this.executor = executor;
        this.concurrency = executor == null ? 1 : concurrency;
    }

    /**
     * Fetches the jobs into the observations. Returns {@code false} when a call failed (other than a 404): the jobs
     * before it are recorded, no further call is started, the calls still in flight are waited for but not recorded
     * (the next poll fetches them again), and the poll ends.
     */
    boolean fetchAll(List<String> ids, Observations observations) {
        if (concurrency == 1 || ids.size() < 2) {
            for (String id : ids) {
                if (!observations.record(fetch(id))) {
                    return false;
                }
            }
            return true;
        }
        Deque<Future<Fetched>> inFlight = new ArrayDeque<>(concurrency);
        Iterator<String> next = ids.iterator();
        boolean ok = true;
        while (!inFlight.isEmpty() || ok && next.hasNext()) {
            while (ok && next.hasNext() && inFlight.size() < concurrency) {
                String id = next.next();
                inFlight.add(executor.submit(() -> fetch(id)));
            }
            Fetched fetched = await(inFlight.poll());
            if (ok) {
                ok = observations.record(fetched);
            }
        }
        return ok;
    }

    private Fetched fetch(String id) {
        try {
            CustomObjectBulkJob job = client.getJob(id, CallOptions.NONE).body();
            String problem = UntrustedJobs.problem(job);
            if (problem == null && !id.equalsIgnoreCase(job.getId())) {
                problem = "job " + job.getId() + " in the answer for job " + id;
            }
            return problem == null ? new Fetched(job, null, null, null) : new Fetched(null, null, null, problem);
        } catch (ZuoraJobNotFoundException notFound) {
            return new Fetched(null, notFound, null, null);
        } catch (ZuoraApiException failure) {
            return new Fetched(null, null, failure, null);
        }
    }

    private static Fetched await(Future<Fetched> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetched(
                    null, null, new ZuoraApiException("the poll was interrupted", 0, null, null, null, null, e),
                    null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
