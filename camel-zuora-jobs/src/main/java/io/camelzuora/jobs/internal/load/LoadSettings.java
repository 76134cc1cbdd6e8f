package io.camelzuora.jobs.internal.load;

import io.camelzuora.jobs.ZuoraJobsConfiguration;

/** The options a load runs with, checked when its route started. */
record LoadSettings(String object, String namespace, String jobOperation, int partSize, int maxConcurrentJobs,
        long loadTimeout, long awaitInterval, long awaitMaxInterval, boolean gzipUpload,
        boolean failOnJobFailure) {

    static LoadSettings of(ZuoraJobsConfiguration configuration) {
        return new LoadSettings(
                configuration.getObject(), configuration.getNamespace().value(),
                configuration.getJobOperation().value(), configuration.getPartSize(),
                configuration.getMaxConcurrentJobs(), configuration.getLoadTimeout(), configuration.getAwaitInterval(),
                configuration.getAwaitMaxInterval(), configuration.isGzipUpload(), configuration.isFailOnJobFailure());
    }
}
