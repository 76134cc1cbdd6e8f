package io.camelzuora.jobs;

import org.apache.camel.spi.Metadata;

/** The message headers the {@code zuora-jobs} component reads and writes. */
public final class ZuoraJobsConstants {

    @Metadata(description = "The id (a UUID) of the job to act on; set on the way out to the id of the job returned.",
              javaType = "String")
    public static final String JOB_ID = "CamelZuoraJobId";

    @Metadata(description = "The job's status as Zuora spells it, e.g. `in_progress`. After `load`: `completed` when"
                            + " every part completed and no record was refused, otherwise `failed`.",
              javaType = "String")
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
                            + " characters, and no colon, semicolon, double quote or single quote), overriding the"
                            + " `trackId` option."
                            + " Out: the `Zuora-Track-Id` Zuora echoed back.",
              javaType = "String")
    public static final String TRACK_ID = "CamelZuoraTrackId";

    @Metadata(description = "Zuora's `Zuora-Request-Id` of the call, to quote to Zuora support.", javaType = "String")
    public static final String REQUEST_ID = "CamelZuoraRequestId";

    @Metadata(description = "`RateLimit-Remaining` of the call, when Zuora sent it: requests left in the current window.",
              javaType = "Long")
    public static final String RATE_LIMIT_REMAINING = "CamelZuoraRateLimitRemaining";

    @Metadata(label = "producer",
              description = "`submitJob`, `uploadFile`, `cancelJob`: the `Idempotency-Key` to send (1 to 254 printable"
                            + " US-ASCII characters). Zuora answers a repeated key with the first result for 24 hours,"
                            + " so the call can be retried safely. It is removed from the message once the call"
                            + " succeeded, so the next call of the route gets its own key. Without it a key is"
                            + " generated once per exchange and call, kept in an exchange property, and reused by"
                            + " every retry and Camel redelivery of that call.",
              javaType = "String")
    public static final String IDEMPOTENCY_KEY = "CamelZuoraIdempotencyKey";

    @Metadata(label = "producer",
              description = "`submitJob`: the filter of a delete job: a `JobFilter`, a list of `FilterCondition`s or"
                            + " of maps (`field`, `operator`, `value`), or JSON text in Zuora's form (an object with"
                            + " a `conditions` list); 1 or 2 conditions, operators `EQ GT LT GE LE`.",
              javaType = "io.camelzuora.jobs.model.JobFilter")
    public static final String JOB_FILTER = "CamelZuoraJobFilter";

    @Metadata(label = "producer", description = "`listJobs`: jobs per page (1 to 100), overriding the `pageSize` option.",
              javaType = "Integer")
    public static final String PAGE_SIZE = "CamelZuoraPageSize";

    @Metadata(label = "producer",
              description = "`listJobs`: start after this job id (a previous `CamelZuoraNextCursor`), overriding the"
                            + " `cursor` option.",
              javaType = "String")
    public static final String CURSOR = "CamelZuoraCursor";

    @Metadata(label = "producer",
              description = "`listJobs`: list only jobs in this status (`accepted`, `pending`, `in_progress`,"
                            + " `completed`, `failed` or `cancelled`), overriding the `status` option.",
              javaType = "String")
    public static final String STATUS = "CamelZuoraStatus";

    /**
     * The former name of {@link #STATUS}, still read when {@code CamelZuoraStatus} is absent.
     *
     * @deprecated use {@link #STATUS}, named after the option it overrides
     */
    @Deprecated(since = "0.1.0")
    @Metadata(label = "producer",
              description = "`listJobs`: the former name of `CamelZuoraStatus`, still read when that header is absent.",
              javaType = "String", deprecationNote = "Use CamelZuoraStatus, named after the status option it overrides.")
    public static final String STATUS_FILTER = "CamelZuoraStatusFilter";

    @Metadata(label = "producer",
              description = "`listJobs` (one page): the cursor of the next page, to pass as `CamelZuoraCursor`; absent"
                            + " on the last page.",
              javaType = "String")
    public static final String NEXT_CURSOR = "CamelZuoraNextCursor";

    @Metadata(label = "producer",
              description = "`load`: the id of the load. Given, it makes the load resumable: send the same input again"
                            + " with the same id (after a crash, or by redelivery) and no part is loaded twice. Without"
                            + " it an id is generated and set. 1 to 100 letters, digits, `.`, `_` or `-`.",
              javaType = "String")
    public static final String LOAD_ID = "CamelZuoraLoadId";

    @Metadata(label = "producer", description = "`load`: the job ids of the load's parts, in part order.",
              javaType = "java.util.List<String>")
    public static final String JOB_IDS = "CamelZuoraJobIds";

    @Metadata(label = "producer", description = "`load`: the data records read from the input.", javaType = "Long")
    public static final String LOAD_RECORDS = "CamelZuoraLoadRecords";

    @Metadata(label = "producer", description = "`load`: the records Zuora refused (see `BulkLoadResult.getRowErrors()`).",
              javaType = "Long")
    public static final String LOAD_FAILED_RECORDS = "CamelZuoraLoadFailedRecords";

    private ZuoraJobsConstants() {
    }
}
