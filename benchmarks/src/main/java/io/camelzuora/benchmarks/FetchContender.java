package io.camelzuora.benchmarks;

/** One way to fetch a job, as a user would write it. Implementations are thread-safe. */
interface FetchContender extends AutoCloseable {

    String name();

    /** Fetches the job and answers its status as the response said it. */
    String fetchStatus(String jobId) throws Exception;

    @Override
    void close() throws Exception;
}
