package io.camelzuora.jobs.internal.consumer;

/** Decides which jobs a poll looks at and fetches them: the listed ids ({@link ListedJobs}) or discovery ({@link JobDiscovery}). */
interface JobSource {

    /** Takes the jobs of a poll as they are read. */
    @FunctionalInterface
    interface ObservationSink {

        /** Emits the changes among these jobs; returns whether the poll should go on reading jobs. */
        boolean accept(Observations observations) throws Exception;
    }

    /** Loads what the source needs from the stored state; called when the consumer starts. */
    void start(JobTrackers trackers);

    /**
     * Fetches the jobs of this poll and hands them to the sink, in one go or in parts as they are read, so changes
     * can be emitted before the rest of a large poll is fetched. Never throws for an API failure: it ends up in the
     * observations handed over, and no part follows it.
     */
    void observe(JobTrackers trackers, ObservationSink sink) throws Exception;

    /** Stores the source's own progress; called after every poll and when the consumer stops. */
    void save(JobTrackers trackers);

    /** Whether finished jobs stay in memory (so they are never requested again) or are only kept in the repository. */
    boolean keepsFinishedInMemory();
}
