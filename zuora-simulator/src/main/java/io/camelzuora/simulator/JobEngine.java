package io.camelzuora.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The tenant's jobs and records and their life cycle. Every operation first applies the transitions that became due on
 * the simulator clock, so the state it sees is exactly what it would be had the transitions run on time. One lock
 * guards all state; its critical sections are short and logarithmic.
 */
final class JobEngine {

    /** A page of the job listing and the cursor of the next page ({@code null} at the end). */
    record Listing(List<SimJob> jobs, String nextCursor) {
    }

    private final SimulatorClock clock;
    private final String userId;
    private final Map<String, ObjectSchema> schemas = new ConcurrentHashMap<>();
    private final JobIndex index = new JobIndex();
    private final TransitionQueue scheduled = new TransitionQueue();
    private final RecordStore records = new RecordStore();
    private final List<StatusTransition> transitions = new ArrayList<>();
    private long nextSequence;

    private volatile Duration acceptedToInProgress = Duration.ofSeconds(2);
    private volatile Duration processingTime = Duration.ofSeconds(5);
    private volatile int maxActiveJobs = 5;
    private volatile ConcurrencyLimitMode limitMode = ConcurrencyLimitMode.FAILED_JOB;
    /** 0: an uploaded file takes {@link #processingTime} whatever its size; otherwise its rows at this rate. */
    private volatile double recordsPerSecond;
    /** false: created records are counted, not stored, so a load of gigabytes needs no memory for them. */
    private volatile boolean keepCreatedRecords = true;
    private long discardedRecords;

    JobEngine(SimulatorClock clock, String userId) {
        this.clock = clock;
        this.userId = userId;
        defineObject(ObjectSchema.passenger());
    }

    void timings(Duration acceptedToInProgress, Duration processingTime) {
        this.acceptedToInProgress = requireNotNegative(acceptedToInProgress);
        this.processingTime = requireNotNegative(processingTime);
    }

    void recordsPerSecond(double rate) {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("recordsPerSecond must be 0 (off) or positive: " + rate);
        }
        this.recordsPerSecond = rate;
    }

    void keepCreatedRecords(boolean keep) {
        this.keepCreatedRecords = keep;
    }

    void maxActiveJobs(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("maxActiveJobs must be at least 1: " + n);
        }
        this.maxActiveJobs = n;
    }

    void limitMode(ConcurrencyLimitMode mode) {
        this.limitMode = Objects.requireNonNull(mode, "mode");
    }

    void defineObject(ObjectSchema schema) {
        schemas.put(schema.name(), schema);
    }

    ObjectSchema schema(String object) {
        return schemas.get(object);
    }

    /** Applies, in time order, every scheduled transition due by the clock's current time. */
    synchronized void applyDue() {
        Instant now = clock.now();
        for (TransitionQueue.Scheduled due = scheduled.pollDue(now); due != null; due = scheduled.pollDue(now)) {
            apply(due);
        }
    }

    synchronized SimJob submit(SubmitRequest request) {
        applyDue();
        Instant now = clock.now();
        if (index.activeCount() >= maxActiveJobs) {
            if (limitMode == ConcurrencyLimitMode.REJECT_400) {
                throw ApiError.badRequest(ErrorCodes.SERVICE_LIMIT, ErrorCodes.SERVICE_LIMIT_MESSAGE);
            }
            JobState refused = newJob(Ids.uuid(), request.namespace(), request.object(), request.operation(),
                    userId, now, request.filter(), "failed");
            refused.fail(ErrorCodes.SERVICE_LIMIT, ErrorCodes.SERVICE_LIMIT_MESSAGE);
            return refused.snapshot();
        }
        String initial = "delete".equals(request.operation()) ? "accepted" : "pending";
        JobState job = newJob(Ids.uuid(), request.namespace(), request.object(), request.operation(), userId, now,
                request.filter(), initial);
        onEnter(job, now);
        return job.snapshot();
    }

    synchronized SimJob upload(String jobId, byte[] body) {
        applyDue();
        JobState job = existing(jobId);
        if (!"pending".equals(job.status)) {
            throw ApiError.badRequest(ErrorCodes.STATUS_RULE,
                    "A file can only be uploaded while the job is pending; the job is " + job.status + ".");
        }
        job.file = UploadedFile.read(body, schemas.get(job.object), job.operation);
        changeStatus(job, "in_progress", clock.now());
        return job.snapshot();
    }

    synchronized SimJob cancel(String jobId) {
        applyDue();
        JobState job = existing(jobId);
        if (!"accepted".equals(job.status) && !"pending".equals(job.status)) {
            throw ApiError.badRequest(ErrorCodes.STATUS_RULE,
                    "Only accepted or pending jobs can be cancelled; the job is " + job.status + ".");
        }
        changeStatus(job, "cancelled", clock.now());
        return job.snapshot();
    }

    synchronized SimJob get(String jobId) {
        applyDue();
        JobState job = index.get(jobId);
        return job == null ? null : job.snapshot();
    }

    /** The row errors of a job, as the errors endpoint lists them. */
    synchronized ArrayNode errors(String jobId) {
        applyDue();
        return existing(jobId).rowErrors.deepCopy();
    }

    /**
     * A page of jobs, newest first.
     *
     * @throws ApiError 400 when the cursor names no job
     */
    synchronized Listing list(String status, String cursor, int pageSize) {
        applyDue();
        JobState after = null;
        if (cursor != null) {
            after = index.get(cursor);
            if (after == null) {
                throw ApiError.badRequest(ErrorCodes.JOB_ID_INVALID, "Unknown cursor '" + cursor + "'.");
            }
        }
        JobIndex.Page page = index.page(status, after, pageSize);
        List<SimJob> jobs = page.jobs().stream().map(JobState::snapshot).toList();
        String next = page.more() ? jobs.get(jobs.size() - 1).id() : null;
        return new Listing(jobs, next);
    }

    synchronized List<SimJob> jobs() {
        applyDue();
        return index.all().stream().map(JobState::snapshot).toList();
    }

    synchronized void delete(String jobId) {
        applyDue();
        JobState job = index.get(jobId);
        if (job != null) {
            index.remove(job);
        }
    }

    synchronized void scheduleStatus(String jobId, Duration after, String status) {
        applyDue();
        JobState job = index.get(jobId);
        if (job == null) {
            throw new IllegalArgumentException("no job " + jobId);
        }
        scheduled.schedule(clock.now().plus(requireNotNegative(after)), TransitionQueue.Kind.FORCED, job, status);
        applyDue();
    }

    synchronized List<StatusTransition> transitions() {
        applyDue();
        return List.copyOf(transitions);
    }

    /** Adds a job exactly as given, for seeding; it gets no scheduled transitions unless it is active. */
    synchronized SimJob seed(
            String id, String operation, String createdById, Instant created, Instant updated,
            String status, long recordsProcessed, long processingTimeMillis, Integer errorCode, String errorMessage) {
        applyDue();
        JobState existing = index.get(id);
        if (existing != null) {
            return existing.snapshot();
        }
        JobState job = newJob(id, "default", "passenger", operation, createdById, created,
                "delete".equals(operation) ? DeleteFilter.ALL : null, status);
        job.updatedDate = updated;
        job.recordsProcessed = recordsProcessed;
        job.processingTime = processingTimeMillis;
        if (errorCode != null) {
            job.fail(errorCode, errorMessage);
        }
        return job.snapshot();
    }

    /**
     * Jobs of another user of the tenant that hold active slots: pending (never uploaded to) until {@code holdFor} has
     * passed on the clock, then completed. Created regardless of the limit, as a busy tenant's would be.
     */
    synchronized List<SimJob> occupySlots(int count, Duration holdFor, String otherUserId) {
        applyDue();
        Instant now = clock.now();
        List<SimJob> held = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            JobState job = newJob(Ids.uuid(), "default", "passenger", "create", otherUserId, now, null, "pending");
            scheduled.schedule(now.plus(requireNotNegative(holdFor)), TransitionQueue.Kind.FORCED, job, "completed");
            held.add(job.snapshot());
        }
        applyDue();
        return held;
    }

    /**
     * The most jobs that were active at the same time so far, counting only the API user's own (not other
     * integrations').
     */
    synchronized int peakActiveJobs() {
        applyDue();
        Set<String> ours = new HashSet<>();
        for (JobState job : index.all()) {
            if (userId.equals(job.createdById)) {
                ours.add(job.id);
            }
        }
        Set<String> active = new HashSet<>();
        int peak = 0;
        for (StatusTransition transition : transitions) {
            if (!ours.contains(transition.jobId())) {
                continue;
            }
            if (SimJob.isTerminal(transition.to())) {
                active.remove(transition.jobId());
            } else {
                active.add(transition.jobId());
                peak = Math.max(peak, active.size());
            }
        }
        return peak;
    }

    /** Adds a record directly, so delete and update jobs have something to work on. */
    synchronized String addRecord(String object, Map<String, String> fields) {
        if (!schemas.containsKey(object)) {
            throw new IllegalArgumentException("custom object '" + object + "' is not defined");
        }
        return records.add(object, userId, clock.now(), fields).id;
    }

    /** The records create jobs made but did not keep, see {@link #keepCreatedRecords(boolean)}. */
    synchronized long discardedRecords() {
        applyDue();
        return discardedRecords;
    }

    synchronized int recordCount(String object) {
        applyDue();
        return records.all(object).size();
    }

    synchronized List<Map<String, String>> records(String object) {
        applyDue();
        List<Map<String, String>> copies = new ArrayList<>();
        for (StoredRecord record : records.all(object)) {
            Map<String, String> copy = new LinkedHashMap<>();
            copy.put("Id", record.id);
            copy.putAll(record.fields);
            copies.add(copy);
        }
        return copies;
    }

    /** Rebuilds seeded history deterministically from {@code seed}. */
    List<SimJob> seedHistory(int count, long seed) {
        Random random = new Random(seed);
        Instant now = clock.now();
        Instant created = now.minus(Duration.ofMinutes(10L * count + 10));
        List<SimJob> seeded = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            created = created.plusSeconds(60 + random.nextInt(540));
            String operation = List.of("create", "create", "update", "delete").get(random.nextInt(4));
            int roll = random.nextInt(10);
            String status = roll < 7 ? "completed" : roll < 9 ? "failed" : "cancelled";
            long millis = "cancelled".equals(status) ? 0 : 200 + random.nextInt(5000);
            long processed = "cancelled".equals(status) ? 0 : random.nextInt(2000);
            Integer code = null;
            String message = null;
            if ("failed".equals(status)) {
                long failedRows = 1 + random.nextInt(Math.max(1, (int) Math.min(processed, 50)));
                code = ErrorCodes.RECORD_INVALID;
                message = failedRows + " of " + Math.max(processed, failedRows) + " records failed; see the job's errors.";
            }
            seeded.add(seed(Ids.uuid(random), operation, userId, created, created.plusMillis(millis + 1000), status,
                    processed, millis, code, message));
        }
        return seeded;
    }

    private JobState newJob(
            String id, String namespace, String object, String operation, String createdById,
            Instant created, DeleteFilter filter, String status) {
        JobState job = new JobState(id, nextSequence++, namespace, object, operation, createdById, created, filter);
        job.status = status;
        index.add(job);
        transitions.add(new StatusTransition(id, null, status, created));
        return job;
    }

    private JobState existing(String jobId) {
        JobState job = index.get(jobId);
        if (job == null) {
            throw ApiError.jobNotFound();
        }
        return job;
    }

    private void apply(TransitionQueue.Scheduled due) {
        JobState job = index.get(due.jobId());
        if (job == null) {
            return;
        }
        switch (due.kind()) {
            case FORCED -> changeStatus(job, due.to(), due.at());
            case START_PROCESSING -> {
                if (job.epoch == due.epoch()) {
                    changeStatus(job, "in_progress", due.at());
                }
            }
            case FINISH_PROCESSING -> {
                if (job.epoch == due.epoch()) {
                    finishProcessing(job, due.at());
                }
            }
        }
    }

    private void changeStatus(JobState job, String to, Instant at) {
        String from = job.status;
        if (from.equals(to)) {
            return;
        }
        index.changeStatus(job, to);
        job.updatedDate = at;
        job.epoch++;
        transitions.add(new StatusTransition(job.id, from, to, at));
        onEnter(job, at);
    }

    /** Schedules what follows a status: accepted moves on to in_progress, in_progress to an outcome. */
    private void onEnter(JobState job, Instant at) {
        if ("accepted".equals(job.status)) {
            scheduled.schedule(at.plus(acceptedToInProgress), TransitionQueue.Kind.START_PROCESSING, job, null);
        } else if ("in_progress".equals(job.status)) {
            scheduled.schedule(at.plus(processingTime(job)), TransitionQueue.Kind.FINISH_PROCESSING, job, null);
        }
    }

    /** How long the job stays in progress: its file's rows at the configured rate, or the fixed processing time. */
    private Duration processingTime(JobState job) {
        double rate = recordsPerSecond;
        if (rate == 0 || job.file == null) {
            return processingTime;
        }
        return Duration.ofMillis((long) Math.ceil(job.file.rows().size() * 1000.0 / rate));
    }

    private void finishProcessing(JobState job, Instant at) {
        // Zuora counts processingTime from the submission to the completion of the job
        job.processingTime = Duration.between(job.createdDate, at).toMillis();
        if ("delete".equals(job.operation)) {
            job.recordsProcessed = records.deleteMatching(job.object, job.filter);
        } else if (job.file != null) {
            processFile(job, at);
            job.file = null;
        }
        changeStatus(job, job.errorCode == null ? "completed" : "failed", at);
    }

    private void processFile(JobState job, Instant at) {
        ObjectSchema schema = schemas.get(job.object);
        List<String> header = job.file.header();
        List<List<String>> rows = job.file.rows();
        boolean creating = "create".equals(job.operation);
        int idColumn = header.indexOf("Id");
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            int rowNumber = i + 2;
            String problem = schema.rowProblem(header, row, creating);
            if (problem != null) {
                job.rowErrors.add(rowError(job, ErrorCodes.RECORD_INVALID, problem, rowNumber, header, row, at));
                continue;
            }
            Map<String, String> fields = customFields(header, row);
            if (creating) {
                if (keepCreatedRecords) {
                    records.add(job.object, userId, at, fields);
                } else {
                    discardedRecords++;
                }
                continue;
            }
            StoredRecord target = records.find(job.object, row.get(idColumn));
            if (target == null) {
                job.rowErrors.add(rowError(job, ErrorCodes.RECORD_NOT_FOUND,
                        "No " + job.object + " record with Id '" + row.get(idColumn) + "'.", rowNumber, header, row, at));
                continue;
            }
            target.fields.putAll(fields);
            target.updatedDate = at;
        }
        job.recordsProcessed = rows.size();
        if (!job.rowErrors.isEmpty()) {
            job.fail(ErrorCodes.RECORD_INVALID,
                    job.rowErrors.size() + " of " + rows.size() + " records failed; see the job's errors.");
        }
    }

    private static Map<String, String> customFields(List<String> header, List<String> row) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int column = 0; column < header.size(); column++) {
            if (!"Id".equals(header.get(column))) {
                fields.put(header.get(column), row.get(column));
            }
        }
        return fields;
    }

    private ObjectNode rowError(
            JobState job, int code, String message, int rowNumber, List<String> header,
            List<String> row, Instant at) {
        ObjectNode error = Json.object();
        error.put("code", code);
        error.put("message", message);
        error.put("row", rowNumber);
        ObjectNode record = error.putObject("record");
        int idColumn = header.indexOf("Id");
        record.put("Id", idColumn >= 0 && idColumn < row.size() ? row.get(idColumn) : null);
        record.put("type", job.object);
        record.put("CreatedById", userId);
        record.put("CreatedDate", Json.timestamp(at));
        record.put("UpdatedById", userId);
        record.put("UpdatedDate", Json.timestamp(at));
        for (int column = 0; column < header.size(); column++) {
            if (!"Id".equals(header.get(column))) {
                record.put(header.get(column), column < row.size() ? row.get(column) : null);
            }
        }
        return error;
    }

    private static Duration requireNotNegative(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: " + duration);
        }
        return duration;
    }
}
