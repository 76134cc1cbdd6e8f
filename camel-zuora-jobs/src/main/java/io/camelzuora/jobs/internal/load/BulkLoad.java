package io.camelzuora.jobs.internal.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.camelzuora.jobs.exception.InvalidCsvException;
import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.exception.ZuoraConcurrencyLimitException;
import io.camelzuora.jobs.exception.ZuoraJobNotCancellableException;
import io.camelzuora.jobs.exception.ZuoraLoadAbortedException;
import io.camelzuora.jobs.internal.client.CallOptions;
import io.camelzuora.jobs.internal.client.CsvUpload;
import io.camelzuora.jobs.internal.client.ZuoraJobsClient;
import io.camelzuora.jobs.model.BulkLoadPart;
import io.camelzuora.jobs.model.BulkLoadResult;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.jobs.model.JobRowError;
import io.camelzuora.jobs.model.JobStatus;
import io.camelzuora.jobs.model.LoadRowError;
import io.camelzuora.jobs.model.SubmitJobRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One load in flight. Its parts go through one chain of tasks: read the next part into a file, wait for a slot of the
 * component's budget, submit the job (again, with the next attempt's key, after a backoff while the tenant refuses it
 * for its limit), then read the next part while this one uploads and its job runs. Each job is polled by tasks of its
 * own on the scheduler until it ends; its refused records are read then, and its slot and file given back. Nothing
 * waits in between: a thread is busy only while it reads input or calls Zuora.
 *
 * <p>
 * Every submit carries an {@code Idempotency-Key} made of the load id, the part index and the attempt, and every upload
 * one made of the load id, part index and job id; so a rerun with the same load id meets Zuora's replays of the same
 * calls in the same order and creates no second job for a part.
 */
public final class BulkLoad {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);

    private final String id;
    private final LoadSettings settings;
    private final boolean resuming;
    private final ZuoraJobsClient client;
    private final String trackId;
    private final BulkLoads loads;
    private final ScheduledExecutorService scheduler;
    private final PartSpooler spooler;
    private final Consumer<BulkLoadResult> onResult;
    private final Consumer<RuntimeException> onFailure;
    private final Instant started = Instant.now();
    private final long deadline;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final AtomicBoolean inputClosed = new AtomicBoolean();
    private final List<PartRun> runs = new ArrayList<>();
    private SpooledPart ready;
    private SlotBudget.Request slotRequest;
    private boolean reading;
    private boolean readingDone;
    private long recordsRead;
    private String header;

    /**
     * @param resuming  whether the load id was given, so parts may already have jobs: each job is read before its
     *                  upload, and one past {@code pending} is awaited instead of uploaded again
     * @param onResult  called once with the result when every part's job has ended
     * @param onFailure called once instead when the load stops early
     */
    BulkLoad(String id, LoadSettings settings, boolean resuming, RecordSource source, ZuoraJobsClient client,
             String trackId, BulkLoads loads, ScheduledExecutorService scheduler, Consumer<BulkLoadResult> onResult,
             Consumer<RuntimeException> onFailure) {
        this.id = id;
        this.settings = settings;
        this.resuming = resuming;
        this.client = client;
        this.trackId = trackId;
        this.loads = loads;
        this.scheduler = scheduler;
        this.spooler = new PartSpooler(source, settings.partSize(), null);
        this.onResult = onResult;
        this.onFailure = onFailure;
        this.deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.loadTimeout());
    }

    String id() {
        return id;
    }

    void start() {
        loads.started(this);
        execute(this::readNextPart);
    }

    /** Stops the load: its jobs still accepted or pending are cancelled, and the exchange fails saying why. */
    void abort(String reason, Throwable cause) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        List<BulkLoadPart> parts = new ArrayList<>();
        for (PartRun run : snapshot()) {
            if (!run.hasEnded()) {
                cancelIfWaiting(run);
            }
            run.slot.release();
            run.part.delete();
            parts.add(run.toPart());
        }
        synchronized (this) {
            if (slotRequest != null) {
                slotRequest.cancel();
            }
            if (ready != null) {
                ready.delete();
            }
            if (!reading) {
                closeInput();
            }
        }
        loads.ended(this);
        String message = "Load " + id + " stopped: " + reason + ". " + describe(parts)
                         + " Send the same input with header CamelZuoraLoadId=" + id
                         + " to finish it without loading a part twice.";
        LOG.warn(message);
        onFailure.accept(new ZuoraLoadAbortedException(message, id, parts, cause));
    }

    LoadProgress progress() {
        List<PartRun> all = snapshot();
        long done = 0;
        List<String> running = new ArrayList<>();
        for (PartRun run : all) {
            if (run.hasEnded()) {
                done += run.part.records();
            } else {
                running.add(run.jobId());
            }
        }
        synchronized (this) {
            return new LoadProgress(
                    id, settings.object(), settings.jobOperation(), started, recordsRead, readingDone,
                    done, all.size(), running);
        }
    }

    // ---- the chain: read, wait for a slot, submit, upload, read the next

    private void readNextPart() {
        synchronized (this) {
            if (ended.get()) {
                return;
            }
            reading = true;
        }
        SpooledPart part;
        try {
            if (header == null) {
                header = new String(spooler.header(), StandardCharsets.UTF_8);
            }
            part = spooler.next();
        } catch (IOException | RuntimeException e) {
            synchronized (this) {
                reading = false;
            }
            closeInput();
            abort((e instanceof InvalidCsvException ? "its input is not valid: " : "its input could not be read: ")
                  + e.getMessage(), e);
            return;
        }
        synchronized (this) {
            reading = false;
            if (ended.get()) {
                closeInput();
                if (part != null) {
                    part.delete();
                }
                return;
            }
            if (part == null) {
                readingDone = true;
            } else {
                ready = part;
                recordsRead = part.lastRecord();
            }
        }
        if (part == null) {
            closeInput();
            finishIfDone();
            return;
        }
        SlotBudget.Request request = loads.budget().acquire(settings.maxConcurrentJobs(),
                slot -> execute(() -> submit(part, 1, slot)));
        synchronized (this) {
            if (ready == part) {
                slotRequest = request;
            }
        }
    }

    private void submit(SpooledPart part, int attempt, SlotBudget.Slot slot) {
        if (ended.get()) {
            slot.release();
            return;
        }
        if (pastDeadline()) {
            slot.release();
            abort("its loadTimeout of " + settings.loadTimeout() + " ms ran out while part " + part.index()
                  + " waited for the tenant to take another job", null);
            return;
        }
        CustomObjectBulkJob job;
        try {
            job = client.submitJob(request(), options(id + "-part" + part.index() + "-submit" + attempt)).body();
            if (resuming) {
                job = client.getJob(job.getId(), options(null)).body();
            }
        } catch (ZuoraConcurrencyLimitException refused) {
            long backoff = backoff(attempt);
            LOG.debug("Load {}: the tenant refused part {} (attempt {}) for its limit of open jobs; submitting again in"
                      + " {} ms",
                    id, part.index(), attempt, backoff);
            schedule(() -> submit(part, attempt + 1, slot), backoff);
            return;
        } catch (RuntimeException e) {
            slot.release();
            abort("submitting part " + part.index() + " failed: " + e.getMessage(), e);
            return;
        }
        if (job.getJobStatus() == JobStatus.CANCELLED) {
            LOG.info("Load {}: part {} had job {}, cancelled before its upload when the load stopped; submitting the"
                     + " part again",
                    id, part.index(), job.getId());
            execute(() -> submit(part, attempt + 1, slot));
            return;
        }
        PartRun run = new PartRun(part, job, slot, settings.awaitInterval());
        synchronized (this) {
            runs.add(run);
            ready = null;
            slotRequest = null;
        }
        if (ended.get()) {
            cancelIfWaiting(run);
            slot.release();
            part.delete();
            return;
        }
        // the next part is read while this one uploads, so it is ready for the next free slot
        execute(this::readNextPart);
        try {
            if (job.getJobStatus() == JobStatus.PENDING) {
                run.seen(client.uploadFile(job.getId(), CsvUpload.of(part.file()), settings.gzipUpload(),
                        options(id + "-part" + part.index() + "-upload-" + job.getId())).body());
            }
        } catch (RuntimeException e) {
            abort("uploading part " + part.index() + " to job " + job.getId() + " failed: " + e.getMessage(), e);
            return;
        }
        LOG.info("Load {}: part {} (records {}-{}, {} bytes) submitted as job {}, {}", id, part.index(),
                part.firstRecord(), part.lastRecord(), part.bytes(), job.getId(), run.job().getStatus());
        schedule(() -> poll(run), run.nextPollInterval(settings.awaitMaxInterval()));
    }

    // ---- each job: poll until it ends

    private void poll(PartRun run) {
        if (ended.get()) {
            return;
        }
        try {
            CustomObjectBulkJob job = client.getJob(run.jobId(), options(null)).body();
            run.seen(job);
            if (job.isTerminal()) {
                end(run, job);
                return;
            }
        } catch (ZuoraApiException e) {
            if (!isTransient(e)) {
                abort("reading job " + run.jobId() + " of part " + run.part.index() + " failed: " + e.getMessage(), e);
                return;
            }
            LOG.debug("Load {}: reading job {} failed transiently, reading it again: {}", id, run.jobId(),
                    e.getMessage());
        } catch (RuntimeException e) {
            abort("reading job " + run.jobId() + " of part " + run.part.index() + " failed: " + e.getMessage(), e);
            return;
        }
        if (pastDeadline()) {
            abort("its loadTimeout of " + settings.loadTimeout() + " ms ran out", null);
            return;
        }
        schedule(() -> poll(run), run.nextPollInterval(settings.awaitMaxInterval()));
    }

    private void end(PartRun run, CustomObjectBulkJob job) {
        List<LoadRowError> errors;
        try {
            List<JobRowError> rows = job.getJobStatus() == JobStatus.FAILED
                    ? client.listErrors(job.getId(), options(null)).body() : List.of();
            errors = rows.isEmpty() ? List.of() : FailedRecords.of(run.part, job.getId(), rows);
        } catch (IOException | RuntimeException e) {
            abort("reading the refused records of job " + job.getId() + " failed: " + e.getMessage(), e);
            return;
        }
        run.ended(job, errors);
        run.slot.release();
        run.part.delete();
        LoadProgress progress = progress();
        LOG.info("Load {}: part {} (records {}-{}) job {} ended {}: {} processed, {} refused; {} of {}{} records done",
                id, run.part.index(), run.part.firstRecord(), run.part.lastRecord(), job.getId(), job.getStatus(),
                job.getRecordsProcessed(), errors.size(), progress.recordsDone(), progress.recordsRead(),
                progress.readingDone() ? " (" + percent(progress) + " %)" : "+");
        finishIfDone();
    }

    private void finishIfDone() {
        List<PartRun> all;
        synchronized (this) {
            if (!readingDone || ready != null) {
                return;
            }
            all = List.copyOf(runs);
        }
        if (!all.stream().allMatch(PartRun::hasEnded) || !ended.compareAndSet(false, true)) {
            return;
        }
        List<BulkLoadPart> parts = new ArrayList<>();
        List<LoadRowError> errors = new ArrayList<>();
        long processed = 0;
        for (PartRun run : all) {
            BulkLoadPart part = run.toPart();
            parts.add(part);
            errors.addAll(run.rowErrors());
            processed += part.getRecordsProcessed() == null ? 0 : part.getRecordsProcessed();
        }
        BulkLoadResult result = new BulkLoadResult(
                id, settings.object(), settings.jobOperation(), recordsRead,
                processed, parts, errors, header);
        loads.ended(this);
        LOG.info("Load {} ended {}: {} records read, {} processed, {} refused, in {} parts", id, result.getStatus(),
                result.getRecordsRead(), result.getRecordsProcessed(), result.getRecordsFailed(), parts.size());
        onResult.accept(result);
    }

    // ---- helpers

    private void cancelIfWaiting(PartRun run) {
        JobStatus status = run.job().getJobStatus();
        if (status != JobStatus.ACCEPTED && status != JobStatus.PENDING) {
            return;
        }
        // a forced shutdown interrupts the thread that stops the route; the cancel must still reach Zuora
        boolean interrupted = Thread.interrupted();
        try {
            run.seen(client.cancelJob(run.jobId(), options(id + "-part" + run.part.index() + "-cancel-" + run.jobId()))
                    .body());
        } catch (ZuoraJobNotCancellableException further) {
            run.seen(further.getJob());
        } catch (RuntimeException e) {
            LOG.warn("Load {}: cancelling job {} of part {} failed: {}", id, run.jobId(), run.part.index(), e.toString());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String describe(List<BulkLoadPart> parts) {
        if (parts.isEmpty()) {
            return "No part was submitted.";
        }
        StringBuilder text = new StringBuilder("Parts submitted: ");
        for (BulkLoadPart part : parts) {
            text.append(part).append(switch (String.valueOf(part.getStatus())) {
                case "cancelled", "completed", "failed" -> "";
                default -> " (left running)";
            }).append("; ");
        }
        return text.toString().trim();
    }

    private SubmitJobRequest request() {
        return new SubmitJobRequest(settings.namespace(), settings.object(), settings.jobOperation(), null);
    }

    private CallOptions options(String idempotencyKey) {
        return new CallOptions(trackId, idempotencyKey);
    }

    private long backoff(int attempt) {
        double interval = settings.awaitInterval() * Math.pow(1.25, Math.min(attempt - 1, 60));
        return (long) Math.min(settings.awaitMaxInterval(), interval);
    }

    private boolean pastDeadline() {
        return System.nanoTime() - deadline > 0;
    }

    private static boolean isTransient(ZuoraApiException e) {
        int status = e.getHttpStatus();
        return status == 0 || status == 429 || status >= 500;
    }

    private static String percent(LoadProgress progress) {
        return progress.recordsRead() == 0 ? "100" : Long.toString(progress.recordsDone() * 100 / progress.recordsRead());
    }

    private synchronized List<PartRun> snapshot() {
        return List.copyOf(runs);
    }

    private void closeInput() {
        if (inputClosed.compareAndSet(false, true)) {
            try {
                spooler.close();
            } catch (IOException | RuntimeException e) {
                LOG.debug("Load {}: closing its input failed: {}", id, e.getMessage());
            }
        }
    }

    private void execute(Runnable task) {
        schedule(task, 0);
    }

    private void schedule(Runnable task, long delayMillis) {
        try {
            scheduler.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            abort("the producer stopped", stopped);
        }
    }
}
