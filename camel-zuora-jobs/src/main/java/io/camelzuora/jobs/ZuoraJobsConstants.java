package io.camelzuora.jobs;

import org.apache.camel.spi.Metadata;

/** The message headers the {@code zuora-jobs} component reads and writes. */
public final class ZuoraJobsConstants {

    @Metadata(description = "The id (a UUID) of the job to act on; set on the way out to the id of the job returned.",
              javaType = "String")
    public static final String JOB_ID = "CamelZuoraJobId";

    @Metadata(description = "The job's status as Zuora spells it, e.g. `in_progress`.", javaType = "String")
    public static final String JOB_STATUS = "CamelZuoraJobStatus";

    @Metadata(label = "consumer", description = "The status the watch last delivered for the job; absent when the job is"
                                                + " seen for the first time.",
              javaType = "String")
    public static final String JOB_PREVIOUS_STATUS = "CamelZuoraJobPreviousStatus";

    @Metadata(label = "consumer", description = "Whether the job's status is terminal (`completed`, `failed`,"
                                                + " `cancelled`): the watch requests it no more.",
              javaType = "Boolean")
    public static final String JOB_TERMINAL = "CamelZuoraJobTerminal";

    @Metadata(label = "consumer", description = "With `includeErrors=true`, on the exchange of a job that became `failed`"
                                                + " or `completed`: the rows of its CSV that failed.",
              javaType = "java.util.List<io.camelzuora.jobs.model.JobRowError>")
    public static final String JOB_ERRORS = "CamelZuoraJobErrors";

    @Metadata(label = "consumer", description = "`true` on the one extra exchange of a job still not terminal after"
                                                + " `jobTimeout`; absent on status changes.",
              javaType = "Boolean")
    public static final String JOB_TIMED_OUT = "CamelZuoraJobTimedOut";

    @Metadata(label = "producer", description = "Overrides the endpoint's operation for this message, e.g. `getJob`.",
              javaType = "String")
    public static final String OPERATION = "CamelZuoraOperation";

    @Metadata(description = "In: the `Zuora-Track-Id` to send with this message's call (at most 64 printable US-ASCII"
                            + " characters, none of `: ; \" '`), overriding the `trackId` option."
                            + " Out: the `Zuora-Track-Id` Zuora echoed back.",
              javaType = "String")
    public static final String TRACK_ID = "CamelZuoraTrackId";

    @Metadata(description = "Zuora's `Zuora-Request-Id` of the call, to quote to Zuora support.", javaType = "String")
    public static final String REQUEST_ID = "CamelZuoraRequestId";

    @Metadata(description = "`RateLimit-Remaining` of the call, when Zuora sent it: requests left in the current window.",
              javaType = "Long")
    public static final String RATE_LIMIT_REMAINING = "CamelZuoraRateLimitRemaining";

    private ZuoraJobsConstants() {
    }
}
