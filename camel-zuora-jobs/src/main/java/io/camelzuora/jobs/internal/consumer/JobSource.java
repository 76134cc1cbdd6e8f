package io.camelzuora.jobs.internal.consumer;

/**
 * Decides which jobs a poll looks at and fetches them: the listed ids ({@link ListedJobs}) or discovery
 * ({@link JobDiscovery}). Each keeps its jobs in its own {@link JobTrackers}, which know what to keep in memory.
 */
interface JobSource {

    /** Takes the jobs of a poll as they are read. */
    @FunctionalInterface
    interface ObservationSink {

        /** Emits the changes among these jobs; returns whether the poll should go on reading jobs. */
        boolean accept(Observations observations) throws Exception;
    }

    /** The jobs this source watches. */
    JobTrackers trackers();

    /** Loads what the source needs from the stored state; called when the consumer starts. */
    void start();

    /**
     * Fetches the jobs of this poll and hands them to the sink, in one go or in parts as they are read, so changes can
     * be emitted before the rest of a large poll is fetched. Never throws for an API failure: it ends up in the
     * observations handed over, and no part follows it.
     */
    void observe(ObservationSink sink) throws Exception;

    /** Stores the source's own progress; called after every poll and when the consumer stops. */
    void save();
}
