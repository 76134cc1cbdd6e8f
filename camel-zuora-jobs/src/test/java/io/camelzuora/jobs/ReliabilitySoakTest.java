package io.camelzuora.jobs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.camelzuora.jobs.exception.ZuoraConcurrencyLimitException;
import io.camelzuora.jobs.model.JobStatus;
import io.camelzuora.simulator.ConcurrencyLimitMode;
import io.camelzuora.simulator.Fault;
import io.camelzuora.simulator.SimJob;
import io.camelzuora.simulator.StatusTransition;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soak: 500 bulk jobs through their whole life cycle (good and bad CSV loads, deletes, cancellations) while the
 * simulator injects a seeded mix of faults into a quarter of all requests, token calls included. Two watches (by id and
 * by discovery) and the {@code awaitJob} producers run throughout; the watches are stopped and started three times on
 * file state. Everything is checked against the simulator's ground truth: each job submitted once, every terminal
 * status delivered, per-job order kept, no change delivered twice, and afterwards no thread, connection or secret left
 * behind.
 */
class ReliabilitySoakTest extends ZuoraJobsTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(ReliabilitySoakTest.class);

    private static final int LOADS = 500;
    private static final long SEED = 20_260_101L;
    private static final double FAULT_RATE = 0.25;
    /** Simulated seconds per wall second: a job's 5 s of processing take a quarter of a second. */
    private static final double CLOCK_SPEED = 20;
    private static final int RESTARTS = 3;
    private static final String CLIENT_ID = "soak-client-5e1d";
    private static final String CLIENT_SECRET = "soak-Secret-0b9f27c4";
    private static final String GOOD_CSV = "name__c,age__c,flight__c\nAda,36,ZU100\nGrace,45,ZU100\n";
    private static final String BAD_CSV = "name__c,age__c,flight__c\nAda,36,ZU100\nLinus,old,ZU200\n";
    private static final String BY_ID = "watch-by-id";
    private static final String BY_DISCOVERY = "watch-by-discovery";
    private static final String KIND = "soakKind";
    private static final String LOAD = "soakLoad";

    /** What one load does, and the status its job must end in. */
    enum Kind {
        CSV_LOAD("completed"),
        BAD_CSV_LOAD("failed"),
        DELETE("completed"),
        CANCEL("cancelled");

        final String outcome;

        Kind(String outcome) {
            this.outcome = outcome;
        }
    }

    /** One exchange a watch delivered. */
    record Delivery(String jobId, String previous, String status) {
    }

    @TempDir
    Path stateDirectory;

    private final Set<String> submittedIds = ConcurrentHashMap.newKeySet();
    private final Map<String, Queue<Delivery>> deliveries = Map.of(BY_ID, new ConcurrentLinkedQueue<>(),
            BY_DISCOVERY, new ConcurrentLinkedQueue<>());
    private final Map<Integer, String> jobByLoad = new ConcurrentHashMap<>();
    private final Map<Integer, String> awaitedStatusByLoad = new ConcurrentHashMap<>();
    private final Queue<String> failedLoads = new ConcurrentLinkedQueue<>();
    private final AtomicInteger finishedLoads = new AtomicInteger();

    @Override
    protected void configure(ZuoraJobsConfiguration configuration) {
        super.configure(configuration);
        configuration.setClientId(CLIENT_ID);
        configuration.setClientSecret(CLIENT_SECRET);
        // stalls of 1 s outlast this, so they end as client timeouts
        configuration.setRequestTimeout(300);
        // eight retries with 10 ms doubling backoff: a call fails only after nine faults in a row
        configuration.setMaxRetries(8);
        configuration.setRetryDelay(10);
        configuration.setMaxRetryDelay(2_000);
    }

    @Test
    void fiveHundredJobsThroughFaultsAndRestartsLoseAndRepeatNothing() throws Exception {
        simulator.registerClient(CLIENT_ID, CLIENT_SECRET)
                .concurrencyLimitMode(ConcurrencyLimitMode.REJECT_400)
                // expires (in simulated time) long before the client expects it to: tokens die early
                .tokenTtl(Duration.ofMinutes(10));
        Set<String> history = simulator.seedHistory(50, SEED).stream().map(SimJob::id).collect(Collectors.toSet());
        StateRepository<String, String> discoveryState = fileState("discovery.dat");
        context.getRegistry().bind("byIdState", fileState("by-id.dat"));
        context.getRegistry().bind("discoveryState", discoveryState);
        context.getRegistry().bind("soakJobIds", (Supplier<Collection<String>>) () -> List.copyOf(submittedIds));
        Set<String> threadsBefore = threadNames();
        long started = System.nanoTime();
        int requestsBeforeFaults;
        int requestsWithFaults;
        String log;
        try (LogCapture capture = new LogCapture()) {
            simulator.clock().runInRealTime(CLOCK_SPEED);
            context.addRoutes(watchRoutes());
            context.addRoutes(loadRoute());
            Awaitility.await("the discovery baseline").atMost(30, TimeUnit.SECONDS)
                    .until(() -> discoveryState.getState("zuora-jobs.discovery") != null);
            requestsBeforeFaults = simulator.requests().size();
            simulator.faults().randomMix(SEED, FAULT_RATE, Fault.status(429, Duration.ofSeconds(1)), Fault.status(500),
                    Fault.status(503), Fault.delay(Duration.ofSeconds(1)), Fault.dropConnection(),
                    Fault.dropAfterProcessing(), Fault.truncatedJson(), Fault.malformedJson(), Fault.corruptGzip(),
                    Fault.htmlPage(502), Fault.revokeTokens());

            sendLoads();
            for (int restart = 1; restart <= RESTARTS; restart++) {
                awaitFinishedLoads(restart * LOADS / (RESTARTS + 1));
                context.getRouteController().stopRoute(BY_ID);
                context.getRouteController().stopRoute(BY_DISCOVERY);
                // let jobs move on while the watches are down
                awaitFinishedLoads(restart * LOADS / (RESTARTS + 1) + 20);
                context.getRouteController().startRoute(BY_ID);
                context.getRouteController().startRoute(BY_DISCOVERY);
            }
            awaitFinishedLoads(LOADS);
            assertThat(failedLoads).as("loads that failed for good").isEmpty();
            Awaitility.await("every terminal status delivered").atMost(60, TimeUnit.SECONDS)
                    .until(() -> undelivered(BY_ID, Set.copyOf(jobByLoad.values())).isEmpty()
                            && undelivered(BY_DISCOVERY, soakJobs(history)).isEmpty());
            requestsWithFaults = simulator.requests().size() - requestsBeforeFaults;
            simulator.faults().clear();

            context.getRouteController().stopAllRoutes();
            assertThat(context.getComponent("zuora-jobs", ZuoraJobsComponent.class).leasedConnections())
                    .as("connections still leased").isZero();
            context.stop();
            log = capture.text();
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        int faults = simulator.faults().injectedCount();
        LOG.info("Soak: {} loads in {} s, {} requests ({} while faults were on), {} faults injected", LOADS, seconds,
                simulator.requests().size(), requestsWithFaults, faults);

        assertThat((double) faults).as("faults per request").isGreaterThanOrEqualTo(0.2 * requestsWithFaults);
        Map<String, List<String>> truth = groundTruth();
        assertEachJobSubmittedOnce(history);
        assertAwaitedOutcomes(truth);
        assertDeliveries(BY_ID, Set.copyOf(jobByLoad.values()), truth);
        assertDeliveries(BY_DISCOVERY, soakJobs(history), truth);
        assertNoNewThreads(threadsBefore);
        assertNoSecretIn(log);
    }

    private RouteBuilder watchRoutes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("zuora-jobs:watch?jobIds=#soakJobIds&includeErrors=true&stateRepository=#byIdState"
                     + "&delay=50&initialDelay=0").routeId(BY_ID)
                        .process(e -> record(BY_ID, e));
                from("zuora-jobs:watch?discoveryPageSize=100&discoveryReconcileInterval=10s"
                     + "&stateRepository=#discoveryState&delay=50&initialDelay=0").routeId(BY_DISCOVERY)
                        .process(e -> record(BY_DISCOVERY, e));
            }
        };
    }

    /**
     * One bulk job per message, as the component docs show it, with Camel redelivery for what the client gives up on.
     */
    private RouteBuilder loadRoute() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // Camel counts the redeliveries of an exchange across its steps, so a long wait for capacity at the
                // submit must leave budget for the faults of the later steps
                errorHandler(defaultErrorHandler().maximumRedeliveries(5_000).redeliveryDelay(200)
                        .asyncDelayedRedelivery().retryAttemptedLogLevel(LoggingLevel.DEBUG));
                onException(ZuoraConcurrencyLimitException.class)
                        .maximumRedeliveries(5_000).redeliveryDelay(50).asyncDelayedRedelivery()
                        .retryAttemptedLogLevel(LoggingLevel.DEBUG);

                from("seda:loads?concurrentConsumers=6").routeId("loads")
                        .onCompletion().onFailureOnly()
                            .process(e -> failedLoads.add(e.getMessage().getHeader(LOAD) + ": "
                                                          + e.getException()))
                            .process(e -> finishedLoads.incrementAndGet())
                        .end()
                        .setVariable("csv", body())
                        .choice()
                            .when(header(KIND).isEqualTo(Kind.DELETE))
                                .to("zuora-jobs:submitJob?object=passenger&jobOperation=delete")
                            .otherwise()
                                .to("zuora-jobs:submitJob?object=passenger&jobOperation=create")
                        .end()
                        .process(e -> submitted(e))
                        .choice()
                            .when(header(KIND).isEqualTo(Kind.CANCEL))
                                .to("zuora-jobs:cancelJob")
                            .when(header(KIND).isNotEqualTo(Kind.DELETE))
                                .setBody(variable("csv"))
                                .to("zuora-jobs:uploadFile")
                        .end()
                        .to("zuora-jobs:awaitJob?awaitInterval=50&awaitMaxInterval=250")
                        .process(e -> {
                            awaitedStatusByLoad.put(e.getMessage().getHeader(LOAD, Integer.class),
                                    e.getMessage().getHeader(ZuoraJobsConstants.JOB_STATUS, String.class));
                            finishedLoads.incrementAndGet();
                        });
            }
        };
    }

    /** What each load does: a seeded mix, mostly good CSV loads. */
    private static List<Kind> plan() {
        Random random = new Random(SEED);
        Kind[] kinds = Kind.values();
        List<Kind> plan = new ArrayList<>(LOADS);
        for (int load = 0; load < LOADS; load++) {
            plan.add(random.nextInt(10) < 4 ? Kind.CSV_LOAD : kinds[random.nextInt(kinds.length)]);
        }
        return plan;
    }

    private void sendLoads() {
        List<Kind> plan = plan();
        for (int load = 0; load < LOADS; load++) {
            Kind kind = plan.get(load);
            template.sendBodyAndHeaders("seda:loads", kind == Kind.BAD_CSV_LOAD ? BAD_CSV : GOOD_CSV,
                    Map.of(KIND, kind, LOAD, load));
        }
    }

    private void submitted(Exchange exchange) {
        String jobId = exchange.getMessage().getHeader(ZuoraJobsConstants.JOB_ID, String.class);
        jobByLoad.put(exchange.getMessage().getHeader(LOAD, Integer.class), jobId);
        submittedIds.add(jobId);
    }

    private void record(String watch, Exchange exchange) {
        deliveries.get(watch).add(new Delivery(
                exchange.getMessage().getHeader(ZuoraJobsConstants.JOB_ID, String.class),
                exchange.getMessage().getHeader(ZuoraJobsConstants.JOB_PREVIOUS_STATUS, String.class),
                exchange.getMessage().getHeader(ZuoraJobsConstants.JOB_STATUS, String.class)));
    }

    private void awaitFinishedLoads(int count) {
        Awaitility.await(count + " loads finished").atMost(3, TimeUnit.MINUTES).pollInterval(Duration.ofMillis(50))
                .failFast(() -> assertThat(failedLoads).as("loads that failed for good").isEmpty())
                .until(() -> finishedLoads.get() >= count);
    }

    /** The jobs of the given ones whose terminal status the watch has not delivered yet. */
    private List<String> undelivered(String watch, Set<String> jobs) {
        Set<String> terminal = deliveries.get(watch).stream()
                .filter(d -> JobStatus.of(d.status()).isTerminal()).map(Delivery::jobId).collect(Collectors.toSet());
        return jobs.stream().filter(job -> !terminal.contains(job)).toList();
    }

    /** Every job of the tenant but the seeded history: what the discovery must report. */
    private Set<String> soakJobs(Set<String> history) {
        return simulator.jobs().stream().map(SimJob::id).filter(id -> !history.contains(id)).collect(Collectors.toSet());
    }

    /** Each job's statuses in the order the simulator set them, its creation status first. */
    private Map<String, List<String>> groundTruth() {
        Map<String, List<String>> truth = new LinkedHashMap<>();
        for (StatusTransition transition : simulator.transitions()) {
            truth.computeIfAbsent(transition.jobId(), id -> new ArrayList<>()).add(transition.to());
        }
        return truth;
    }

    private void assertEachJobSubmittedOnce(Set<String> history) {
        assertThat(jobByLoad).hasSize(LOADS);
        assertThat(Set.copyOf(jobByLoad.values())).as("distinct jobs of the loads").hasSize(LOADS)
                .isEqualTo(soakJobs(history));
    }

    private void assertAwaitedOutcomes(Map<String, List<String>> truth) {
        List<Kind> plan = plan();
        for (int load = 0; load < LOADS; load++) {
            Kind kind = plan.get(load);
            List<String> statuses = truth.get(jobByLoad.get(load));
            assertThat(statuses.get(statuses.size() - 1)).as("load %d (%s)", load, kind).isEqualTo(kind.outcome);
            assertThat(awaitedStatusByLoad.get(load)).as("awaitJob of load %d", load).isEqualTo(kind.outcome);
        }
    }

    /**
     * Per job: the statuses delivered are in the simulator's order, none twice, the last one is the job's terminal
     * status, and each exchange's previous status is the one delivered before it, across the restarts too.
     */
    private void assertDeliveries(String watch, Set<String> jobs, Map<String, List<String>> truth) {
        Map<String, List<Delivery>> byJob = deliveries.get(watch).stream()
                .collect(Collectors.groupingBy(Delivery::jobId, LinkedHashMap::new, Collectors.toList()));
        assertThat(byJob.keySet()).as("%s: jobs reported", watch).isEqualTo(jobs);
        for (String job : jobs) {
            List<String> statuses = byJob.get(job).stream().map(Delivery::status).toList();
            List<String> actual = truth.get(job);
            assertThat(statuses).as("%s: job %s, truth %s", watch, job, actual).doesNotHaveDuplicates()
                    .endsWith(actual.get(actual.size() - 1));
            assertThat(actual).as("%s: job %s in order", watch, job).containsSubsequence(statuses.toArray(String[]::new));
            for (int i = 0; i < statuses.size(); i++) {
                assertThat(byJob.get(job).get(i).previous()).as("%s: previous status of job %s #%d", watch, job, i)
                        .isEqualTo(i == 0 ? null : statuses.get(i - 1));
            }
        }
    }

    /** Once the context stopped, every thread it started is gone; the simulator's pool is not ours to judge. */
    private static void assertNoNewThreads(Set<String> before) {
        Awaitility.await("threads of the stopped context end").atMost(10, TimeUnit.SECONDS).pollInSameThread()
                .untilAsserted(() -> {
                    Set<String> added = threadNames();
                    added.removeAll(before);
                    added.removeIf(name -> name.startsWith("zuora-simulator-"));
                    assertThat(added).as("threads left behind").isEmpty();
                });
    }

    /** The log of the whole soak, at DEBUG, holds neither the client's credentials nor any token Zuora issued. */
    private void assertNoSecretIn(String log) {
        List<String> tokens = simulator.requests().stream().map(r -> r.header("Authorization"))
                .filter(h -> h != null && h.startsWith("Bearer ")).map(h -> h.substring(7)).distinct().toList();
        assertThat(tokens).as("tokens issued during the soak").hasSizeGreaterThan(RESTARTS);
        assertThat(log).as("captured log").contains("POST /objects/jobs").doesNotContain(CLIENT_SECRET)
                .doesNotContain(CLIENT_ID);
        for (String token : tokens) {
            assertThat(log).as("captured log").doesNotContain(token);
        }
    }

    private StateRepository<String, String> fileState(String name) {
        return FileStateRepository.fileStateRepository(stateDirectory.resolve(name).toFile());
    }

    private static Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .collect(Collectors.toSet());
    }
}
