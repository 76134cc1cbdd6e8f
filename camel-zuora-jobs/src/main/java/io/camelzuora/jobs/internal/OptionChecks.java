package io.camelzuora.jobs.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.camelzuora.jobs.ZuoraJobsConfiguration;
import io.camelzuora.jobs.ZuoraJobsOperation;
import io.camelzuora.jobs.internal.client.CsvUpload;
import io.camelzuora.jobs.internal.client.InputChecks;
import io.camelzuora.jobs.model.JobAction;
import io.camelzuora.jobs.model.JobStatus;

/**
 * Every check of the component's and the endpoint's options, made once when the route starts, before any request. A
 * failed check names the option, shows the value and says what would be valid; nothing is clamped or corrected.
 */
public final class OptionChecks {

    /** The smallest part of a load: a header and a few short records. Small parts make many jobs; they suit tests. */
    private static final int MIN_PART_SIZE = 64;
    /** More than a few dozen open jobs could never run at once: Zuora allows 5 per tenant. */
    private static final int MAX_CONCURRENT_JOBS = 100;

    private OptionChecks() {
    }

    /** The component's own options. */
    public static void checkComponent(int maxRequestsPerMinute) {
        atLeast("maxRequestsPerMinute", maxRequestsPerMinute, 0, "use 0 (no client-side budget) or more requests per minute");
    }

    /** The options of one endpoint, those that apply to its operation and those that apply to every call. */
    public static void checkEndpoint(ZuoraJobsConfiguration configuration, ZuoraJobsOperation operation) {
        checkConnection(configuration);
        if (operation == ZuoraJobsOperation.watch) {
            checkWatch(configuration);
        } else {
            checkProducer(configuration);
        }
        if (operation == ZuoraJobsOperation.load) {
            checkLoad(configuration);
        }
    }

    private static void checkConnection(ZuoraJobsConfiguration configuration) {
        InputChecks.secureUrl(configuration.getBaseUrl(), configuration.isAllowInsecureHttp(), "baseUrl");
        if (configuration.getTokenUrl() != null) {
            InputChecks.secureUrl(configuration.getTokenUrl(), configuration.isAllowInsecureHttp(), "tokenUrl");
        }
        checkCredentials(configuration);
        InputChecks.zuoraVersion(configuration.getZuoraVersion(), "option zuoraVersion");
        InputChecks.entityIds(configuration.getEntityIds(), "option entityIds");
        InputChecks.orgIds(configuration.getOrgIds(), "option orgIds");
        InputChecks.trackId(configuration.getTrackId(), "option trackId");
        positive("connectTimeout", configuration.getConnectTimeout());
        positive("requestTimeout", configuration.getRequestTimeout());
        positive("maxRetryAfter", configuration.getMaxRetryAfter());
        atLeast("maxRetries", configuration.getMaxRetries(), 0, "use 0 (no retries) or more");
        positive("retryDelay", configuration.getRetryDelay());
        if (configuration.getMaxRetryDelay() < configuration.getRetryDelay()) {
            throw new IllegalArgumentException(
                    "Invalid maxRetryDelay " + configuration.getMaxRetryDelay() + " ms: it"
                                               + " caps the backoff, so use at least retryDelay ("
                                               + configuration.getRetryDelay() + " ms)");
        }
        atLeast("maxResponseSize", configuration.getMaxResponseSize(), 1, "use a size in bytes of 1 or more");
        atLeast("maxConnections", configuration.getMaxConnections(), 1, "use 1 or more connections");
    }

    private static void checkCredentials(ZuoraJobsConfiguration configuration) {
        boolean token = configuration.getAccessToken() != null;
        boolean oauth = configuration.getClientId() != null || configuration.getClientSecret() != null;
        if (token && oauth) {
            throw new IllegalArgumentException(
                    "zuora-jobs has both accessToken and clientId/clientSecret set;"
                                               + " configure one way to authenticate");
        }
        if (!token && (configuration.getClientId() == null || configuration.getClientSecret() == null)) {
            throw new IllegalArgumentException(
                    "zuora-jobs needs credentials: set clientId and clientSecret (OAuth client"
                                               + " credentials; tokens are fetched and renewed for you) or accessToken"
                                               + " (a static bearer token)"
                                               + (oauth ? "; only one of clientId and clientSecret is set" : ""));
        }
    }

    private static void checkProducer(ZuoraJobsConfiguration configuration) {
        if (configuration.getJobId() != null) {
            InputChecks.jobId(configuration.getJobId(), "option jobId");
        }
        if (configuration.getCursor() != null) {
            InputChecks.jobId(configuration.getCursor(), "option cursor");
        }
        if (configuration.getPageSize() != null) {
            InputChecks.pageSize(configuration.getPageSize(), "option pageSize");
        }
        // the option's text is read strictly; UNKNOWN can only come from a setter called with it
        if (configuration.getStatus() == JobStatus.UNKNOWN) {
            throw new IllegalArgumentException("Invalid status UNKNOWN: use one of " + known(JobStatus.values()));
        }
        if (configuration.getJobOperation() == JobAction.UNKNOWN) {
            throw new IllegalArgumentException("Invalid jobOperation UNKNOWN: use one of " + known(JobAction.values()));
        }
        if (configuration.getNamespace() == null) {
            throw new IllegalArgumentException("Invalid namespace null: use default or com_zuora");
        }
        positive("awaitInterval", configuration.getAwaitInterval());
        if (configuration.getAwaitMaxInterval() < configuration.getAwaitInterval()) {
            throw new IllegalArgumentException(
                    "Invalid awaitMaxInterval " + configuration.getAwaitMaxInterval()
                                               + " ms: the interval grows from awaitInterval up to it, so use at least"
                                               + " awaitInterval (" + configuration.getAwaitInterval() + " ms)");
        }
        positive("awaitTimeout", configuration.getAwaitTimeout());
        atLeast("awaitPoolSize", configuration.getAwaitPoolSize(), 1, "use 1 or more threads");
    }

    private static void checkLoad(ZuoraJobsConfiguration configuration) {
        if (configuration.getObject() == null || configuration.getObject().isBlank()) {
            throw new IllegalArgumentException(
                    "zuora-jobs:load needs the option object: the API name of the custom"
                                               + " object to load, e.g. object=passenger");
        }
        JobAction action = configuration.getJobOperation();
        if (action != JobAction.CREATE && action != JobAction.UPDATE) {
            throw new IllegalArgumentException(
                    "Invalid jobOperation " + (action == null ? "(unset)" : action.value())
                                               + " for zuora-jobs:load: use create or update; a load uploads CSV files,"
                                               + " which Zuora takes for create and update jobs only (a delete job"
                                               + " takes a filter: use submitJob with the header CamelZuoraJobFilter)");
        }
        between("partSize", configuration.getPartSize(), MIN_PART_SIZE, CsvUpload.MAX_BYTES,
                "bytes (15 MB, Zuora's limit per job file)");
        between("maxConcurrentJobs", configuration.getMaxConcurrentJobs(), 1, MAX_CONCURRENT_JOBS,
                "(Zuora allows 5 open jobs per tenant, shared with every other integration)");
        positive("loadTimeout", configuration.getLoadTimeout());
    }

    private static void checkWatch(ZuoraJobsConfiguration configuration) {
        atLeast("fetchConcurrency", configuration.getFetchConcurrency(), 1, "use 1 (one job at a time) or more");
        atLeast("maxMessagesPerPoll", configuration.getMaxMessagesPerPoll(), 0, "use 0 (no limit) or more");
        atLeast("jobTimeout", configuration.getJobTimeout(), 0, "use 0 (never) or a positive duration");
        InputChecks.pageSize(configuration.getDiscoveryPageSize(), "option discoveryPageSize");
        atLeast("discoveryMaxPages", configuration.getDiscoveryMaxPages(), 1,
                "a poll must be allowed to read at least 1 page");
        positive("discoveryReconcileInterval", configuration.getDiscoveryReconcileInterval());
        atLeast("electionCheckInterval", configuration.getElectionCheckInterval(), 0,
                "use 0 (no check) or a positive duration, e.g. 5s");
    }

    private static void positive(String option, long millis) {
        if (millis <= 0) {
            throw new IllegalArgumentException(
                    "Invalid " + option + " " + millis + " ms: use a positive duration,"
                                               + " e.g. 500ms, 30s or 5m");
        }
    }

    private static void between(String option, long value, long min, long max, String unit) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    "Invalid " + option + " " + value + ": use " + min + " to " + max + " "
                                               + unit);
        }
    }

    private static void atLeast(String option, long value, long min, String valid) {
        if (value < min) {
            throw new IllegalArgumentException("Invalid " + option + " " + value + ": " + valid);
        }
    }

    private static String known(Enum<?>[] values) {
        return Arrays.stream(values).filter(v -> !v.name().equals("UNKNOWN"))
                .map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
