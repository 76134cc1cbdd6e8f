package io.camelzuora.jobs;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.camelzuora.jobs.internal.client.InputChecks;

/**
 * What a {@code zuora-jobs:} endpoint does, named as in the URI ({@code zuora-jobs:getJob}). The constants are spelt
 * exactly as users write them in URIs and in the {@code CamelZuoraOperation} header.
 */
public enum ZuoraJobsOperation {

    /** {@code GET /objects/jobs/{id}}: fetch one job by its id. */
    getJob(true),
    /** {@code POST /objects/jobs}: submit a create, update or delete job. */
    submitJob(true),
    /** {@code POST /objects/jobs/{id}/files}: upload the CSV of a create or update job. */
    uploadFile(true),
    /** {@code PATCH /objects/jobs/{id}/cancel}: cancel an accepted or pending job. */
    cancelJob(true),
    /** {@code GET /objects/jobs}: list jobs, one page or all pages lazily. */
    listJobs(true),
    /** {@code GET /objects/jobs/{id}/errors}: the failed rows of a job. */
    listErrors(true),
    /** Poll a job until it is terminal, without holding a thread while waiting. */
    awaitJob(true),
    /**
     * Load a data set of any size: split it into parts of at most {@code partSize} bytes, one job each, within
     * {@code maxConcurrentJobs} open jobs, and await them all.
     */
    load(true),
    /**
     * Consumer only: polls the jobs named by {@code jobIds}, or discovers every job of the tenant, and emits one
     * exchange per observed status change.
     */
    watch(false);

    private final boolean producer;

    ZuoraJobsOperation(boolean producer) {
        this.producer = producer;
    }

    /**
     * Whether this operation is done by a producer ({@code to(...)}); otherwise it is a consumer ({@code from(...)}).
     */
    public boolean isProducer() {
        return producer;
    }

    /**
     * The operation of this name, or an {@link IllegalArgumentException} that names the bad value and lists the valid
     * ones.
     *
     * @param source where the name came from, for the message (e.g. {@code "the URI path"})
     */
    public static ZuoraJobsOperation of(String name, String source) {
        for (ZuoraJobsOperation operation : values()) {
            if (operation.name().equals(name)) {
                return operation;
            }
        }
        throw new IllegalArgumentException(
                "Unknown zuora-jobs operation " + InputChecks.show(name) + " in " + source
                                           + "; valid operations are " + names());
    }

    private static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
