package io.camelzuora.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Workload 5: a large CSV loaded through parts of at most 15 MB on the tenant's 5 open-job slots, by
 * {@code zuora-jobs:load} and by the split route a user writes today, one after the other on a fresh simulator that
 * processes each job's records at a fixed rate. Measures wall time against the ideal schedule, how busy the slots
 * stayed, heap growth (the live heap sampled every 2 s, after a full collection, over the live heap before) and CPU per
 * input MB (the whole process, without the sampling collections); every record must be loaded once.
 */
final class LoadWorkload {

    static final String NAME = "load";
    static final String WALL = "wall time";
    static final String IDEAL = "ideal schedule";
    static final String SLOTS_BUSY = "slots busy while parts remain";
    static final String HEAP_GROWTH = "heap growth";
    static final String CPU_PER_MB = "CPU per input MB";
    static final String PARTS = "parts";

    /** How often the live heap is sampled during a load (a full collection each time). */
    private static final Duration HEAP_SAMPLE_EVERY = Duration.ofSeconds(2);
    private static final com.sun.management.OperatingSystemMXBean OS
            = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final BenchmarkSize size;
    private final List<LoadContender.Factory> contenders;

    LoadWorkload(BenchmarkSize size, List<LoadContender.Factory> contenders) {
        this.size = size;
        this.contenders = contenders;
    }

    static String setting(long inputBytes) {
        return "input=" + LoadInput.describe(inputBytes);
    }

    List<ResultRow> run() throws Exception {
        List<ResultRow> rows = new ArrayList<>();
        for (long inputBytes : size.loadInputBytes()) {
            Progress.say("load: writing %s of records", LoadInput.describe(inputBytes));
            try (LoadInput input = LoadInput.generate(inputBytes)) {
                for (LoadContender.Factory contender : contenders) {
                    rows.add(measure(contender, input, setting(inputBytes)));
                }
            }
        }
        return rows;
    }

    private ResultRow measure(LoadContender.Factory factory, LoadInput input, String setting) throws Exception {
        try (SimulatorProcess zuora = SimulatorProcess.start(size.loadRecordsPerSecond());
             LoadContender contender = factory.create(zuora.baseUrl(), size.loadPartSize())) {
            long heapBefore = HeapMeter.liveBytes();
            long cpuBefore = OS.getProcessCpuTime();
            long began = System.nanoTime();
            HeapSampler heap = new HeapSampler(HEAP_SAMPLE_EVERY);
            try {
                contender.load(input);
            } finally {
                heap.close();
            }
            double wallSeconds = (System.nanoTime() - began) / 1e9;
            double cpuMillis = (OS.getProcessCpuTime() - cpuBefore - heap.collectionCpuNanos()) / 1e6;
            long heapAfter = HeapMeter.liveBytes();
            LoadSchedule schedule = LoadSchedule.of(contender.name(), contender.jobs(), input.records());

            ResultRow row = new ResultRow(NAME, contender.name(), setting);
            double inputMegabytes = input.bytes() / (double) (1 << 20);
            row.metric(WALL, "s").add(wallSeconds);
            row.metric(IDEAL, "s").add(schedule.idealSeconds());
            row.metric(SLOTS_BUSY, "%").add(100 * schedule.slotsBusyWhilePartsRemain());
            row.metric(HEAP_GROWTH, "MB")
                    .add(Math.max(0, Math.max(heap.peakBytes(), heapAfter) - heapBefore) / (double) (1 << 20));
            row.metric(CPU_PER_MB, "ms").add(cpuMillis / inputMegabytes);
            row.metric(PARTS, "parts").add(schedule.partCount());
            Progress.say("load %s, %s: %d parts in %.1f s (ideal %.1f s), slots busy %.1f%%, heap +%.1f MB,"
                         + " %.1f ms CPU per MB",
                    contender.name(), setting, schedule.partCount(), wallSeconds,
                    schedule.idealSeconds(), 100 * schedule.slotsBusyWhilePartsRemain(),
                    row.median(HEAP_GROWTH), row.median(CPU_PER_MB));
            return row;
        }
    }
}
