package io.camelzuora.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * An in-process fake of Zuora's Custom Object Jobs API and OAuth token endpoint, faithful to the documented behaviour:
 * job life cycles on a controllable clock, CSV uploads with row errors, listing with cursors, the five-active-jobs
 * limit, idempotency keys, rate-limit headers, gzip, error bodies, and injectable faults. It serves plain HTTP on
 * 127.0.0.1.
 *
 * <pre>{@code
 * try (ZuoraSimulator zuora = new ZuoraSimulator()) {
 *     String baseUrl = zuora.start();
 *     // point the client at baseUrl with DEFAULT_CLIENT_ID / DEFAULT_CLIENT_SECRET
 *     zuora.clock().advance(Duration.ofSeconds(10)); // jobs move on
 * }
 * }</pre>
 *
 * <p>
 * All methods are thread-safe. Configuration methods return {@code this} for chaining.
 */
public final class ZuoraSimulator implements AutoCloseable {

    /** The client id registered by default. */
    public static final String DEFAULT_CLIENT_ID = "sim-client";
    /** The secret of {@link #DEFAULT_CLIENT_ID}. */
    public static final String DEFAULT_CLIENT_SECRET = "sim-secret";
    /** The Id of the job {@link #seedExampleJob()} adds: the sample of Zuora's documentation. */
    public static final String EXAMPLE_JOB_ID = "ed4b9701-bafb-4976-8019-b08269430153";

    /** The {@code CreatedById} of the jobs {@link #occupySlots} adds for other integrations. */
    public static final String OTHER_INTEGRATION_USER_ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

    private static final int THREADS = 32;

    private final SimulatorClock clock;
    private final JobEngine engine;
    private final TokenStore tokens = new TokenStore();
    private final RateLimiter rateLimiter = new RateLimiter();
    private final RateLimiter tokenRateLimiter = new RateLimiter(TokenEndpoint.AUTH_LIMIT_PER_MINUTE);
    private final FaultInjector faults = new FaultInjector();
    private final RequestLog log = new RequestLog();
    private final ErrorBodies errorBodies = new ErrorBodies();
    private final IdempotencyCache idempotency = new IdempotencyCache();
    private HttpServer server;
    private ExecutorService executor;
    private String baseUrl;

    /**
     * A simulator with the defaults: frozen clock at {@value SimulatorClock#DEFAULT_START}, the default client, object
     * "passenger".
     */
    public ZuoraSimulator() {
        JobEngine[] engineRef = new JobEngine[1];
        this.clock = new SimulatorClock(() -> engineRef[0].applyDue());
        this.engine = new JobEngine(clock, Ids.hex32());
        engineRef[0] = engine;
        tokens.registerClient(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET);
    }

    /**
     * Starts serving on a free port of 127.0.0.1.
     *
     * @return the base URL, {@code http://127.0.0.1:PORT}
     */
    public String start() {
        return start(0);
    }

    /**
     * Starts serving on {@code port} of 127.0.0.1.
     *
     * @param  port                 the port, 0 for any free one
     * @return                      the base URL, {@code http://127.0.0.1:PORT}
     * @throws UncheckedIOException when the port cannot be bound
     */
    public synchronized String start(int port) {
        if (server != null) {
            throw new IllegalStateException("already started at " + baseUrl);
        }
        // The JDK server otherwise leaves Nagle's algorithm on and small responses wait ~40 ms for an ACK.
        // It reads the property once, when its first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + port, e);
        }
        executor = newExecutor();
        server.setExecutor(executor);
        server.createContext("/",
                new SimulatorHandler(
                        clock, engine, tokens, rateLimiter, tokenRateLimiter, idempotency, faults, log,
                        errorBodies));
        server.start();
        baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        return baseUrl;
    }

    /** @return the base URL, or {@code null} before {@link #start()} */
    public synchronized String baseUrl() {
        return baseUrl;
    }

    /** Stops the server and frees the port. The simulator's state stays readable. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        server = null;
        baseUrl = null;
    }

    /** @return the clock every job, token and limit follows */
    public SimulatorClock clock() {
        return clock;
    }

    // ---- auth

    /**
     * Registers (or re-registers) an OAuth client.
     *
     * @param  clientId     the client id
     * @param  clientSecret its secret
     * @return              this simulator
     */
    public ZuoraSimulator registerClient(String clientId, String clientSecret) {
        tokens.registerClient(clientId, clientSecret);
        return this;
    }

    /**
     * Sets the lifetime of tokens issued from now on (their {@code expires_in}); expiry follows the simulator clock.
     *
     * @param  ttl the lifetime, default 3599 seconds
     * @return     this simulator
     */
    public ZuoraSimulator tokenTtl(Duration ttl) {
        tokens.ttl(ttl);
        return this;
    }

    /** @return a fresh valid token with the current TTL, for clients configured with a static access token */
    public String issueToken() {
        return tokens.issue(clock.now());
    }

    /**
     * Accepts {@code token} as a bearer token that never expires (until {@link #revokeAllTokens()}).
     *
     * @param  token the token text
     * @return       this simulator
     */
    public ZuoraSimulator addStaticToken(String token) {
        tokens.addStatic(token);
        return this;
    }

    /** Revokes every token issued or added so far: API calls with them answer 401. */
    public void revokeAllTokens() {
        tokens.revokeAll();
    }

    /** @return how many requests the token endpoint has served, successful or not */
    public int tokenRequestCount() {
        return tokens.requestCount();
    }

    // ---- objects and jobs

    /**
     * Defines (or redefines) a custom object with optional text fields.
     *
     * @param  name          the object's API name
     * @param  fieldApiNames the custom fields' API names, e.g. {@code brand__c}
     * @return               this simulator
     */
    public ZuoraSimulator defineObject(String name, String... fieldApiNames) {
        engine.defineObject(new ObjectSchema(
                name, Arrays.stream(fieldApiNames)
                        .map(field -> new ObjectSchema.Field(field, ObjectSchema.FieldType.TEXT, false)).toList()));
        return this;
    }

    /**
     * Adds the sample job of Zuora's documentation ({@value #EXAMPLE_JOB_ID}): a failed delete of "passenger", error
     * 71012560, 500 records, 1882 ms, created and updated 2021-03-15T06:47:18Z. Adding it again returns the existing
     * job.
     *
     * @return the job
     */
    public SimJob seedExampleJob() {
        Instant at = Instant.parse("2021-03-15T06:47:18Z");
        return engine.seed(EXAMPLE_JOB_ID, "delete", "7b39d73f-22e6-404a-b8e7-894f7620e91c", at, at, "failed", 500, 1882,
                ErrorCodes.SERVICE_LIMIT, ErrorCodes.SERVICE_LIMIT_MESSAGE);
    }

    /**
     * Adds {@code count} terminal jobs created in the past (a seeded mix of completed, failed and cancelled create,
     * update and delete jobs on "passenger").
     *
     * @param  count how many
     * @param  seed  the random seed; the same seed gives the same jobs
     * @return       the jobs, oldest first
     */
    public List<SimJob> seedHistory(int count, long seed) {
        return engine.seedHistory(count, seed);
    }

    /**
     * Creates a job as if it had been submitted, subject to the active-jobs limit.
     *
     * @param  object                   a defined object
     * @param  operation                create, update or delete
     * @return                          the job: pending (create, update), accepted (delete), or failed when the limit
     *                                  is reached
     * @throws IllegalArgumentException when the object or operation is invalid
     * @throws IllegalStateException    when the limit is reached in {@link ConcurrencyLimitMode#REJECT_400} mode
     */
    public SimJob createJob(String object, String operation) {
        try {
            SubmitRequest request = SubmitRequest.parse(
                    Json.object().put("namespace", "default").put("object", object).put("operation", operation),
                    engine::schema);
            return engine.submit(request);
        } catch (ApiError refused) {
            if (refused.code() == ErrorCodes.SERVICE_LIMIT) {
                throw new IllegalStateException(refused.getMessage());
            }
            throw new IllegalArgumentException(refused.getMessage());
        }
    }

    /**
     * @param  id a job Id
     * @return    the job as it is now, or {@code null} when there is none
     */
    public SimJob job(String id) {
        return engine.get(id);
    }

    /**
     * @param  id a job Id
     * @return    the job as it is now
     */
    public Optional<SimJob> findJob(String id) {
        return Optional.ofNullable(engine.get(id));
    }

    /** @return every job, newest first */
    public List<SimJob> jobs() {
        return engine.jobs();
    }

    /**
     * Forces a status at {@code clock().now() + after}, whatever the job's life cycle would do; any string is allowed
     * (e.g. the legacy "open"). A forced {@code in_progress} still ends after the processing time.
     *
     * @param jobId  the job
     * @param after  how long from now, on the simulator clock
     * @param status the status to force
     */
    public void scheduleStatus(String jobId, Duration after, String status) {
        engine.scheduleStatus(jobId, after, status);
    }

    /**
     * Removes a job: the API answers 404 for it from now on.
     *
     * @param jobId the job
     */
    public void deleteJob(String jobId) {
        engine.delete(jobId);
    }

    /** @return every status change the simulator made, in order; creation has a {@code null} from */
    public List<StatusTransition> transitions() {
        return engine.transitions();
    }

    /**
     * Sets the simulated durations of the life cycle.
     *
     * @param  acceptedToInProgress how long a delete job stays accepted (default 2 s)
     * @param  processingTime       how long any job stays in_progress (default 5 s)
     * @return                      this simulator
     */
    public ZuoraSimulator timings(Duration acceptedToInProgress, Duration processingTime) {
        engine.timings(acceptedToInProgress, processingTime);
        return this;
    }

    /**
     * Makes an uploaded file take time in proportion to its size: it stays {@code in_progress} for its data rows at
     * this rate (on the simulator clock, so frozen, real-time and sped-up clocks all apply), instead of the fixed
     * processing time of {@link #timings}. Each job has its own rate, as Zuora processes jobs side by side.
     *
     * @param  rate data rows per second per job; 0 (the default) turns it off
     * @return      this simulator
     */
    public ZuoraSimulator recordsPerSecond(double rate) {
        engine.recordsPerSecond(rate);
        return this;
    }

    /**
     * Whether create jobs store the records they create (the default). Turned off, they still check and count every row
     * but keep none, so loads of gigabytes (benchmarks) need no memory for the records: {@link #records} then lists
     * none of them, {@link #discardedRecordCount()} counts them, and update jobs cannot find them.
     *
     * @param  keep false to count created records instead of storing them
     * @return      this simulator
     */
    public ZuoraSimulator keepCreatedRecords(boolean keep) {
        engine.keepCreatedRecords(keep);
        return this;
    }

    /** @return how many records create jobs made without storing them, see {@link #keepCreatedRecords(boolean)} */
    public long discardedRecordCount() {
        return engine.discardedRecords();
    }

    /**
     * Simulates other integrations of the tenant holding active-job slots: {@code count} pending jobs of another user,
     * created now whatever the limit, that complete once {@code holdFor} has passed on the simulator clock. Until then
     * they count against {@link #maxActiveJobs}, so submits beyond the remaining slots are refused.
     *
     * @param  count   how many slots to hold
     * @param  holdFor how long, on the simulator clock
     * @return         the jobs holding the slots
     */
    public List<SimJob> occupySlots(int count, Duration holdFor) {
        return engine.occupySlots(count, holdFor, OTHER_INTEGRATION_USER_ID);
    }

    /**
     * @return the most jobs of the API user (not those of {@link #occupySlots}) that were accepted, pending or
     *         in_progress at the same time so far
     */
    public int peakActiveJobs() {
        return engine.peakActiveJobs();
    }

    /**
     * @param  n how many accepted, pending or in_progress jobs the tenant may have (default 5)
     * @return   this simulator
     */
    public ZuoraSimulator maxActiveJobs(int n) {
        engine.maxActiveJobs(n);
        return this;
    }

    /**
     * @param  mode what a submit over the active-jobs limit answers (default {@link ConcurrencyLimitMode#FAILED_JOB})
     * @return      this simulator
     */
    public ZuoraSimulator concurrencyLimitMode(ConcurrencyLimitMode mode) {
        engine.limitMode(mode);
        return this;
    }

    /**
     * @param  n the tenant's API requests per minute of simulator clock (default 50,000); beyond it, 429
     * @return   this simulator
     */
    public ZuoraSimulator rateLimitPerMinute(int n) {
        rateLimiter.limitPerMinute(n);
        return this;
    }

    /**
     * @param  n token requests per minute of simulator clock (default 100, Zuora's AUTH class per IP); beyond it, 429
     * @return   this simulator
     */
    public ZuoraSimulator tokenRateLimitPerMinute(int n) {
        tokenRateLimiter.limitPerMinute(n);
        return this;
    }

    /**
     * @param  shape the error body shape (default {@link ErrorBodyShape#FLAT})
     * @return       this simulator
     */
    public ZuoraSimulator errorBodyShape(ErrorBodyShape shape) {
        errorBodies.shape(shape);
        return this;
    }

    /**
     * Stores a record directly, for delete and update jobs to act on.
     *
     * @param  object a defined object
     * @param  fields custom field values by API name
     * @return        the record's Id
     */
    public String addRecord(String object, Map<String, String> fields) {
        return engine.addRecord(object, fields);
    }

    /**
     * @param  object an object's API name
     * @return        its stored records: Id and custom fields
     */
    public List<Map<String, String>> records(String object) {
        return engine.records(object);
    }

    // ---- faults and request log

    /** @return the fault injector */
    public FaultInjector faults() {
        return faults;
    }

    /** @return every request served so far, in order */
    public List<RecordedRequest> requests() {
        return log.snapshot();
    }

    /**
     * @param  method    an HTTP method, or {@code null} for any
     * @param  pathRegex a regular expression the whole path must match
     * @return           how many served requests match
     */
    public long requestCount(String method, String pathRegex) {
        return log.count(method, pathRegex);
    }

    /** Forgets the requests served so far. */
    public void clearRequests() {
        log.clear();
    }

    /**
     * Runs the simulator until the JVM is stopped. Options: {@code --port N} (default 8080), {@code --client-id},
     * {@code --client-secret}, {@code --speed F} (the clock runs at F times wall time, default 1),
     * {@code --seed-history N}, {@code --seed-example}, {@code --records-per-second R} (see {@link #recordsPerSecond}),
     * {@code --discard-records} (see {@link #keepCreatedRecords}).
     *
     * @param args the options
     */
    public static void main(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        ZuoraSimulator simulator = launch(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "zuora-simulator-shutdown"));
        System.out.println("Zuora simulator listening on " + simulator.baseUrl() + " (client id " + options.clientId()
                           + ", clock speed " + options.speed() + "x)");
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            simulator.close();
        }
    }

    /** Builds, seeds and starts a simulator as the command line asks. */
    static ZuoraSimulator launch(LaunchOptions options) {
        ZuoraSimulator simulator = new ZuoraSimulator().registerClient(options.clientId(), options.clientSecret());
        if (options.seedHistory() > 0) {
            simulator.seedHistory(options.seedHistory(), 1L);
        }
        if (options.seedExample()) {
            simulator.seedExampleJob();
        }
        simulator.recordsPerSecond(options.recordsPerSecond()).keepCreatedRecords(!options.discardRecords());
        simulator.clock().runInRealTime(options.speed());
        simulator.start(options.port());
        return simulator;
    }

    private static ExecutorService newExecutor() {
        AtomicInteger number = new AtomicInteger();
        // A fixed pool with an unbounded queue: more concurrent clients than threads wait their turn
        // instead of being refused.
        return new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "zuora-simulator-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
