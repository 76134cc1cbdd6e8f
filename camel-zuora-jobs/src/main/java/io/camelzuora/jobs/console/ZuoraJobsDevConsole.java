package io.camelzuora.jobs.console;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camelzuora.jobs.internal.client.ServerHold;
import io.camelzuora.jobs.internal.consumer.WatchConsumer;
import io.camelzuora.jobs.internal.consumer.WatchedJob;
import io.camelzuora.jobs.internal.load.BulkLoads;
import io.camelzuora.jobs.internal.load.LoadProgress;
import org.apache.camel.Route;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.URISupport;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code zuora-jobs} dev console: for each {@code zuora-jobs:watch} route, its counters and the jobs it tracks with
 * their status and age, and each {@code zuora-jobs:load} in flight with its progress. The option {@code limit} caps the
 * jobs listed per route (default 100).
 */
@DevConsole(name = "zuora-jobs", group = "camel", displayName = "Zuora Jobs",
            description = "The Zuora jobs each zuora-jobs:watch route tracks, with status and age")
public class ZuoraJobsDevConsole extends AbstractDevConsole {

    /** The most jobs listed per watch route; the option {@code limit} changes it. */
    public static final String LIMIT = "limit";
    private static final int DEFAULT_LIMIT = 100;

    public ZuoraJobsDevConsole() {
        super("camel", "zuora-jobs", "Zuora Jobs", "The Zuora jobs each zuora-jobs:watch route tracks, with status and age");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        int limit = limit(options);
        Instant now = Instant.now();
        StringBuilder text = new StringBuilder();
        for (Watch watch : watches()) {
            List<WatchedJob> jobs = watch.consumer().trackedJobs();
            WatchConsumer consumer = watch.consumer();
            text.append(String.format("Route: %s (%s)%n", watch.routeId(), watch.uri()));
            text.append(String.format("    Jobs tracked: %d  Changes emitted: %d  Polls: %d  Failed polls: %d"
                                      + "  Requests sent: %d  Last successful poll: %s  Skipped answers: %d%n",
                    jobs.size(), consumer.getChangesEmitted(), consumer.getPollCount(), consumer.getFailedPollCount(),
                    consumer.getRequestsSent(), consumer.getLastSuccessfulPoll().isEmpty()
                            ? "never"
                            : consumer.getLastSuccessfulPoll(),
                    consumer.getSkippedAnswerCount()));
            ServerHold hold = consumer.serverHold();
            if (hold != null) {
                text.append(String.format("    Zuora asked to wait: no request before %s (%s)%n", hold.until(),
                        hold.reason()));
            }
            for (WatchedJob job : jobs.subList(0, Math.min(limit, jobs.size()))) {
                text.append(String.format("    %s  %-11s  age %s%s%n", job.id(),
                        job.status() == null ? "(none yet)" : job.status(), age(job, now),
                        job.finished() ? "  finished" : ""));
            }
            if (jobs.size() > limit) {
                text.append(String.format("    ... and %d more%n", jobs.size() - limit));
            }
        }
        for (LoadProgress load : loads()) {
            text.append(String.format("Load: %s%n", load.describe()));
        }
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        int limit = limit(options);
        Instant now = Instant.now();
        JsonArray routes = new JsonArray();
        for (Watch watch : watches()) {
            WatchConsumer consumer = watch.consumer();
            List<WatchedJob> tracked = consumer.trackedJobs();
            JsonObject route = new JsonObject();
            route.put("routeId", watch.routeId());
            route.put("uri", watch.uri());
            route.put("trackedJobCount", tracked.size());
            route.put("changesEmitted", consumer.getChangesEmitted());
            route.put("pollCount", consumer.getPollCount());
            route.put("failedPollCount", consumer.getFailedPollCount());
            route.put("requestsSent", consumer.getRequestsSent());
            route.put("lastSuccessfulPoll", consumer.getLastSuccessfulPoll());
            route.put("skippedAnswerCount", consumer.getSkippedAnswerCount());
            ServerHold hold = consumer.serverHold();
            route.put("holdUntil", hold == null ? "" : hold.until().toString());
            route.put("holdReason", hold == null ? "" : hold.reason());
            JsonArray jobs = new JsonArray();
            for (WatchedJob job : tracked.subList(0, Math.min(limit, tracked.size()))) {
                JsonObject entry = new JsonObject();
                entry.put("id", job.id());
                entry.put("status", job.status());
                entry.put("firstSeen", job.firstSeen().toString());
                entry.put("ageMillis", Duration.between(job.firstSeen(), now).toMillis());
                entry.put("finished", job.finished());
                jobs.add(entry);
            }
            route.put("jobs", jobs);
            routes.add(route);
        }
        JsonArray loads = new JsonArray();
        for (LoadProgress load : loads()) {
            JsonObject entry = new JsonObject();
            entry.put("loadId", load.loadId());
            entry.put("object", load.object());
            entry.put("operation", load.operation());
            entry.put("started", load.started().toString());
            entry.put("recordsRead", load.recordsRead());
            entry.put("readingDone", load.readingDone());
            entry.put("recordsDone", load.recordsDone());
            entry.put("partsSubmitted", load.partsSubmitted());
            entry.put("runningJobs", new JsonArray(load.runningJobs()));
            loads.add(entry);
        }
        JsonObject root = new JsonObject();
        root.put("watches", routes);
        root.put("loads", loads);
        return root;
    }

    private List<Watch> watches() {
        List<Watch> watches = new ArrayList<>();
        for (Route route : getCamelContext().getRoutes()) {
            if (route.getConsumer() instanceof WatchConsumer consumer) {
                watches.add(new Watch(
                        route.getRouteId(), URISupport.sanitizeUri(route.getEndpoint().getEndpointUri()),
                        consumer));
            }
        }
        return watches;
    }

    /** The loads in flight of every zuora-jobs component of the context. */
    private List<LoadProgress> loads() {
        List<LoadProgress> loads = new ArrayList<>();
        for (BulkLoads registry : getCamelContext().hasServices(BulkLoads.class)) {
            loads.addAll(registry.loadsInFlight());
        }
        return loads;
    }

    private static int limit(Map<String, Object> options) {
        Object value = options.get(LIMIT);
        return value == null ? DEFAULT_LIMIT : Integer.parseInt(value.toString());
    }

    private static String age(WatchedJob job, Instant now) {
        Duration age = Duration.between(job.firstSeen(), now);
        return age.isNegative() ? "0s" : age.toSeconds() + "s";
    }

    private record Watch(String routeId, String uri, WatchConsumer consumer) {
    }
}
