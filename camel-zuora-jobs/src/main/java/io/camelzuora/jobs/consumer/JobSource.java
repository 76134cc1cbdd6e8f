package io.camelzuora.jobs.consumer;

/** Decides which jobs a poll looks at and fetches them: the listed ids ({@link ListedJobs}) or discovery ({@link JobDiscovery}). */
interface JobSource {

    /** Loads what the source needs from the stored state; called when the consumer starts. */
    void start(JobTrackers trackers);

    /** Fetches the jobs of this poll; never throws for an API failure, which ends up in the result instead. */
    Observations observe(JobTrackers trackers);

    /** Stores the source's own progress; called after every poll and when the consumer stops. */
    void save(JobTrackers trackers);

    /** Whether finished jobs stay in memory (so they are never requested again) or are only kept in the repository. */
    boolean keepsFinishedInMemory();
}
