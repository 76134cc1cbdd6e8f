package io.camelzuora.jobs.internal.load;

import io.camelzuora.jobs.ZuoraJobsConfiguration;
import io.camelzuora.jobs.internal.client.CsvUpload;

/**
 * The options a load runs with, checked: where they are out of range the message names the option, its value and the
 * valid range.
 */
record LoadSettings(String object, String namespace, String jobOperation, int partSize, int maxConcurrentJobs,
                    long loadTimeout, long awaitInterval, long awaitMaxInterval, boolean gzipUpload,
                    boolean failOnJobFailure) {

    /** The smallest part: a header and a few short records. Small parts make many jobs; they suit tests. */
    static final int MIN_PART_SIZE = 64;
    /** Zuora's limit for one job: 5 active jobs per tenant, so more than a few dozen could never be open. */
    static final int MAX_CONCURRENT_JOBS = 100;

    /** The settings of an endpoint, or an {@link IllegalArgumentException} naming the first bad option. */
    static LoadSettings of(ZuoraJobsConfiguration configuration) {
        if (configuration.getObject() == null || configuration.getObject().isBlank()) {
            throw new IllegalArgumentException("zuora-jobs:load needs the option object: the API name of the custom"
                                               + " object to load, e.g. object=passenger");
        }
        String operation = configuration.getJobOperation() == null ? null : configuration.getJobOperation().toString();
        if (!"create".equals(operation) && !"update".equals(operation)) {
            throw new IllegalArgumentException("zuora-jobs:load needs the option jobOperation set to create or update,"
                                               + " not " + (operation == null ? "unset" : "'" + operation + "'")
                                               + ": a load uploads CSV files, which Zuora takes for create and update"
                                               + " jobs only (a delete job takes a filter: use submitJob with the"
                                               + " header CamelZuoraJobFilter)");
        }
        int partSize = configuration.getPartSize();
        if (partSize < MIN_PART_SIZE || partSize > CsvUpload.MAX_BYTES) {
            throw new IllegalArgumentException("The option partSize is " + partSize + "; use " + MIN_PART_SIZE + " to "
                                               + CsvUpload.MAX_BYTES + " bytes (15 MB, Zuora's limit per job file)");
        }
        int maxJobs = configuration.getMaxConcurrentJobs();
        if (maxJobs < 1 || maxJobs > MAX_CONCURRENT_JOBS) {
            throw new IllegalArgumentException("The option maxConcurrentJobs is " + maxJobs + "; use 1 to "
                                               + MAX_CONCURRENT_JOBS + " (Zuora allows 5 open jobs per tenant)");
        }
        if (configuration.getLoadTimeout() <= 0) {
            throw new IllegalArgumentException("The option loadTimeout is " + configuration.getLoadTimeout()
                                               + " ms; use a positive duration, e.g. loadTimeout=6h");
        }
        long interval = Math.max(1, configuration.getAwaitInterval());
        return new LoadSettings(configuration.getObject(), String.valueOf(configuration.getNamespace()), operation, partSize, maxJobs,
                configuration.getLoadTimeout(), interval, Math.max(interval, configuration.getAwaitMaxInterval()),
                configuration.isGzipUpload(), configuration.isFailOnJobFailure());
    }
}
