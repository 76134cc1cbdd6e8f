package io.camelzuora.jobs.dsl;

import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.ExchangePattern;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.EndpointConsumerBuilder;
import org.apache.camel.builder.EndpointProducerBuilder;
import org.apache.camel.builder.endpoint.AbstractEndpointBuilder;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Typed endpoint builders for {@code zuora-jobs:} URIs, in the shape of Camel's Endpoint DSL: from an
 * {@code EndpointRouteBuilder} that also implements {@link ZuoraJobsBuilders}, write
 * {@code to(zuoraJobs("getJob").jobId("..."))} instead of a URI string, with the options completed by the IDE.
 * Needs {@code org.apache.camel:camel-endpointdsl} on the class path.
 */
public interface ZuoraJobsEndpointBuilderFactory {

    /** The options of a {@code zuora-jobs} endpoint that most routes set; {@link #advanced()} has the rest. */
    interface ZuoraJobsEndpointBuilder extends EndpointConsumerBuilder, EndpointProducerBuilder {

        /** The options that tune connections, timeouts and retries. */
        default AdvancedZuoraJobsEndpointBuilder advanced() {
            return (AdvancedZuoraJobsEndpointBuilder) this;
        }

        /**
         * The Zuora REST host, without a path: https://rest.zuora.com (US production, Cloud 2),
         * https://rest.na.zuora.com (US Cloud 1), https://rest.apisandbox.zuora.com (US API sandbox),
         * https://rest.test.zuora.com (developer and central sandbox), https://rest.eu.zuora.com (EU),
         * https://rest.ap.zuora.com (APAC), and the other hosts Zuora lists.
         * Default: {@code https://rest.zuora.com}.
         *
         * @param baseUrl the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder baseUrl(String baseUrl) {
            doSetProperty("baseUrl", baseUrl);
            return this;
        }

        /**
         * Send Accept-Encoding: gzip so Zuora compresses responses over 1000 bytes; they are inflated for you (within
         * maxResponseSize).
         * Default: {@code true}.
         *
         * @param gzip the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder gzip(boolean gzip) {
            doSetProperty("gzip", gzip);
            return this;
        }

        /**
         * Send Accept-Encoding: gzip so Zuora compresses responses over 1000 bytes; they are inflated for you (within
         * maxResponseSize).
         * Default: {@code true}.
         * The value as text, for example a property placeholder.
         *
         * @param gzip the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder gzip(String gzip) {
            doSetProperty("gzip", gzip);
            return this;
        }

        /**
         * The job id (a UUID) to use when the message has no CamelZuoraJobId header.
         *
         * @param jobId the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder jobId(String jobId) {
            doSetProperty("jobId", jobId);
            return this;
        }

        /**
         * How many times a call is retried after a retryable failure: 429 and 503 (after the Retry-After Zuora asks
         * for), other 5xx, Zuora's retryable error codes, connection failures and timeouts. 400, 403, 404, 409 and 422
         * are never retried. GET calls are always safe to retry; POST and PATCH only with an Idempotency-Key. 0 turns
         * retries off.
         * Default: {@code 3}.
         *
         * @param maxRetries the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder maxRetries(int maxRetries) {
            doSetProperty("maxRetries", maxRetries);
            return this;
        }

        /**
         * How many times a call is retried after a retryable failure: 429 and 503 (after the Retry-After Zuora asks
         * for), other 5xx, Zuora's retryable error codes, connection failures and timeouts. 400, 403, 404, 409 and 422
         * are never retried. GET calls are always safe to retry; POST and PATCH only with an Idempotency-Key. 0 turns
         * retries off.
         * Default: {@code 3}.
         * The value as text, for example a property placeholder.
         *
         * @param maxRetries the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder maxRetries(String maxRetries) {
            doSetProperty("maxRetries", maxRetries);
            return this;
        }

        /**
         * A Zuora-Track-Id sent with every call, to find the calls in Zuora's logs: at most 64 printable US-ASCII
         * characters, none of : ; '. The header CamelZuoraTrackId overrides it per message.
         *
         * @param trackId the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder trackId(String trackId) {
            doSetProperty("trackId", trackId);
            return this;
        }

        /**
         * The Zuora-Version header, a date YYYY-MM-DD that selects the response schema. Not sent when unset, so
         * Zuora's default applies.
         *
         * @param zuoraVersion the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder zuoraVersion(String zuoraVersion) {
            doSetProperty("zuoraVersion", zuoraVersion);
            return this;
        }

        /**
         * A bearer token to send as it is. It cannot be renewed, so a 401 fails the call; prefer clientId and
         * clientSecret, which fetch and renew tokens for you.
         *
         * @param accessToken the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder accessToken(String accessToken) {
            doSetProperty("accessToken", accessToken);
            return this;
        }

        /**
         * The OAuth client id of a Zuora API user (Settings, Administration, Manage Users, OAuth clients). With
         * clientSecret, the component fetches a token, shares it between all endpoints with the same credentials and
         * renews it shortly before it expires.
         *
         * @param clientId the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder clientId(String clientId) {
            doSetProperty("clientId", clientId);
            return this;
        }

        /**
         * The OAuth client secret that goes with clientId.
         *
         * @param clientSecret the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder clientSecret(String clientSecret) {
            doSetProperty("clientSecret", clientSecret);
            return this;
        }

        /**
         * TLS settings (trust store, protocols, cipher suites) for the connections to Zuora.
         *
         * @param sslContextParameters the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder sslContextParameters(SSLContextParameters sslContextParameters) {
            doSetProperty("sslContextParameters", sslContextParameters);
            return this;
        }

        /**
         * TLS settings (trust store, protocols, cipher suites) for the connections to Zuora.
         * The value as text: a bean reference such as {@code #myBean}, or a property placeholder.
         *
         * @param sslContextParameters the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder sslContextParameters(String sslContextParameters) {
            doSetProperty("sslContextParameters", sslContextParameters);
            return this;
        }

        /**
         * The OAuth token endpoint; by default the baseUrl followed by /oauth/token, which is right for every Zuora
         * host.
         *
         * @param tokenUrl the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder tokenUrl(String tokenUrl) {
            doSetProperty("tokenUrl", tokenUrl);
            return this;
        }

        /**
         * Allow a plain http:// baseUrl or tokenUrl to a host other than localhost. Off by default, so that an access
         * token can never leave the machine unencrypted by accident; only for a trusted network, e.g. a TLS-
         * terminating sidecar.
         * Default: {@code false}.
         *
         * @param allowInsecureHttp the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder allowInsecureHttp(boolean allowInsecureHttp) {
            doSetProperty("allowInsecureHttp", allowInsecureHttp);
            return this;
        }

        /**
         * Allow a plain http:// baseUrl or tokenUrl to a host other than localhost. Off by default, so that an access
         * token can never leave the machine unencrypted by accident; only for a trusted network, e.g. a TLS-
         * terminating sidecar.
         * Default: {@code false}.
         * The value as text, for example a property placeholder.
         *
         * @param allowInsecureHttp the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder allowInsecureHttp(String allowInsecureHttp) {
            doSetProperty("allowInsecureHttp", allowInsecureHttp);
            return this;
        }

        /**
         * Discovery only: when the watch starts for the first time (nothing stored yet), also emit every job that has
         * already finished, once. By default those are the baseline and only jobs still running are emitted. With true
         * the first poll pages through the tenant's whole job history.
         * Default: {@code false}.
         *
         * @param emitHistory the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder emitHistory(boolean emitHistory) {
            doSetProperty("emitHistory", emitHistory);
            return this;
        }

        /**
         * Discovery only: when the watch starts for the first time (nothing stored yet), also emit every job that has
         * already finished, once. By default those are the baseline and only jobs still running are emitted. With true
         * the first poll pages through the tenant's whole job history.
         * Default: {@code false}.
         * The value as text, for example a property placeholder.
         *
         * @param emitHistory the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder emitHistory(String emitHistory) {
            doSetProperty("emitHistory", emitHistory);
            return this;
        }

        /**
         * When a job becomes failed or completed, fetch its row errors (one more request) and attach them as header
         * CamelZuoraJobErrors, a list of JobRowError (empty when every row succeeded).
         * Default: {@code false}.
         *
         * @param includeErrors the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder includeErrors(boolean includeErrors) {
            doSetProperty("includeErrors", includeErrors);
            return this;
        }

        /**
         * When a job becomes failed or completed, fetch its row errors (one more request) and attach them as header
         * CamelZuoraJobErrors, a list of JobRowError (empty when every row succeeded).
         * Default: {@code false}.
         * The value as text, for example a property placeholder.
         *
         * @param includeErrors the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder includeErrors(String includeErrors) {
            doSetProperty("includeErrors", includeErrors);
            return this;
        }

        /**
         * The jobs to watch (zuora-jobs:watch): comma-separated job ids (UUIDs), or a reference #bean to a Collection
         * of ids or a Supplier, which is read again on every poll so ids can be added while the route runs. Ids are
         * checked when the route starts. For more than a few hundred ids use a bean: Camel processes long endpoint
         * URIs slowly. Without jobIds the watch discovers every job of the tenant.
         *
         * @param jobIds the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder jobIds(Object jobIds) {
            doSetProperty("jobIds", jobIds);
            return this;
        }

        /**
         * The jobs to watch (zuora-jobs:watch): comma-separated job ids (UUIDs), or a reference #bean to a Collection
         * of ids or a Supplier, which is read again on every poll so ids can be added while the route runs. Ids are
         * checked when the route starts. For more than a few hundred ids use a bean: Camel processes long endpoint
         * URIs slowly. Without jobIds the watch discovers every job of the tenant.
         * The value as text: a bean reference such as {@code #myBean}, or a property placeholder.
         *
         * @param jobIds the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder jobIds(String jobIds) {
            doSetProperty("jobIds", jobIds);
            return this;
        }

        /**
         * A job still not terminal this long after the watch first saw it emits one extra exchange with header
         * CamelZuoraJobTimedOut=true (and its current status). The job stays watched. Off (0) by default.
         * Default: {@code 0}.
         *
         * @param jobTimeout the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder jobTimeout(long jobTimeout) {
            doSetProperty("jobTimeout", jobTimeout);
            return this;
        }

        /**
         * A job still not terminal this long after the watch first saw it emits one extra exchange with header
         * CamelZuoraJobTimedOut=true (and its current status). The job stays watched. Off (0) by default.
         * Default: {@code 0}.
         * The value as text: a number of milliseconds or a duration such as {@code 10s}, or a property placeholder.
         *
         * @param jobTimeout the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder jobTimeout(String jobTimeout) {
            doSetProperty("jobTimeout", jobTimeout);
            return this;
        }

        /**
         * The most exchanges one poll emits; the other changes are emitted by the next polls. 0 (the default) means no
         * limit.
         * Default: {@code 0}.
         *
         * @param maxMessagesPerPoll the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder maxMessagesPerPoll(int maxMessagesPerPoll) {
            doSetProperty("maxMessagesPerPoll", maxMessagesPerPoll);
            return this;
        }

        /**
         * The most exchanges one poll emits; the other changes are emitted by the next polls. 0 (the default) means no
         * limit.
         * Default: {@code 0}.
         * The value as text, for example a property placeholder.
         *
         * @param maxMessagesPerPoll the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder maxMessagesPerPoll(String maxMessagesPerPoll) {
            doSetProperty("maxMessagesPerPoll", maxMessagesPerPoll);
            return this;
        }

        /**
         * Watch only jobs on these custom objects, comma-separated API names (e.g. passenger).
         *
         * @param objectFilter the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder objectFilter(String objectFilter) {
            doSetProperty("objectFilter", objectFilter);
            return this;
        }

        /**
         * Watch only jobs with these operations, comma-separated: create, update, delete.
         *
         * @param operationFilter the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder operationFilter(String operationFilter) {
            doSetProperty("operationFilter", operationFilter);
            return this;
        }

        /**
         * If the polling consumer did not poll any files, you can enable this option to send an empty message (no
         * body) instead.
         * Default: {@code false}.
         *
         * @param sendEmptyMessageWhenIdle the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder sendEmptyMessageWhenIdle(boolean sendEmptyMessageWhenIdle) {
            doSetProperty("sendEmptyMessageWhenIdle", sendEmptyMessageWhenIdle);
            return this;
        }

        /**
         * If the polling consumer did not poll any files, you can enable this option to send an empty message (no
         * body) instead.
         * Default: {@code false}.
         * The value as text, for example a property placeholder.
         *
         * @param sendEmptyMessageWhenIdle the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder sendEmptyMessageWhenIdle(String sendEmptyMessageWhenIdle) {
            doSetProperty("sendEmptyMessageWhenIdle", sendEmptyMessageWhenIdle);
            return this;
        }

        /**
         * Where the watch remembers the last status it delivered for each job (and, in discovery mode, how far it has
         * read the job list), e.g. an AtomicFileStateRepository or, on several nodes, a JdbcStateRepository, so a
         * restart emits neither a change twice nor misses one that happened while the route was down. The consumer
         * starts and stops it. Use one repository per watch endpoint. By default the state is kept in memory and a
         * restart emits every watched job's current status again.
         *
         * @param stateRepository the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder stateRepository(StateRepository<String, String> stateRepository) {
            doSetProperty("stateRepository", stateRepository);
            return this;
        }

        /**
         * Where the watch remembers the last status it delivered for each job (and, in discovery mode, how far it has
         * read the job list), e.g. an AtomicFileStateRepository or, on several nodes, a JdbcStateRepository, so a
         * restart emits neither a change twice nor misses one that happened while the route was down. The consumer
         * starts and stops it. Use one repository per watch endpoint. By default the state is kept in memory and a
         * restart emits every watched job's current status again.
         * The value as text: a bean reference such as {@code #myBean}, or a property placeholder.
         *
         * @param stateRepository the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder stateRepository(String stateRepository) {
            doSetProperty("stateRepository", stateRepository);
            return this;
        }

        /**
         * Emit only changes to these statuses, comma-separated (e.g. completed,failed). Changes to other statuses are
         * not emitted but are still recorded, so the CamelZuoraJobPreviousStatus of the next exchange is the status
         * the job really had.
         *
         * @param statusFilter the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder statusFilter(String statusFilter) {
            doSetProperty("statusFilter", statusFilter);
            return this;
        }

        /**
         * The number of subsequent error polls (failed due some error) that should happen before the backoffMultipler
         * should kick-in.
         *
         * @param backoffErrorThreshold the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder backoffErrorThreshold(int backoffErrorThreshold) {
            doSetProperty("backoffErrorThreshold", backoffErrorThreshold);
            return this;
        }

        /**
         * The number of subsequent error polls (failed due some error) that should happen before the backoffMultipler
         * should kick-in.
         * The value as text, for example a property placeholder.
         *
         * @param backoffErrorThreshold the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder backoffErrorThreshold(String backoffErrorThreshold) {
            doSetProperty("backoffErrorThreshold", backoffErrorThreshold);
            return this;
        }

        /**
         * The number of subsequent idle polls that should happen before the backoffMultipler should kick-in.
         *
         * @param backoffIdleThreshold the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder backoffIdleThreshold(int backoffIdleThreshold) {
            doSetProperty("backoffIdleThreshold", backoffIdleThreshold);
            return this;
        }

        /**
         * The number of subsequent idle polls that should happen before the backoffMultipler should kick-in.
         * The value as text, for example a property placeholder.
         *
         * @param backoffIdleThreshold the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder backoffIdleThreshold(String backoffIdleThreshold) {
            doSetProperty("backoffIdleThreshold", backoffIdleThreshold);
            return this;
        }

        /**
         * To let the scheduled polling consumer backoff if there has been a number of subsequent idles/errors in a
         * row. The multiplier is then the number of polls that will be skipped before the next actual attempt is
         * happening again. When this option is in use then backoffIdleThreshold and/or backoffErrorThreshold must also
         * be configured.
         *
         * @param backoffMultiplier the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder backoffMultiplier(int backoffMultiplier) {
            doSetProperty("backoffMultiplier", backoffMultiplier);
            return this;
        }

        /**
         * To let the scheduled polling consumer backoff if there has been a number of subsequent idles/errors in a
         * row. The multiplier is then the number of polls that will be skipped before the next actual attempt is
         * happening again. When this option is in use then backoffIdleThreshold and/or backoffErrorThreshold must also
         * be configured.
         * The value as text, for example a property placeholder.
         *
         * @param backoffMultiplier the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder backoffMultiplier(String backoffMultiplier) {
            doSetProperty("backoffMultiplier", backoffMultiplier);
            return this;
        }

        /**
         * Milliseconds before the next poll.
         * Default: {@code 500}.
         *
         * @param delay the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder delay(long delay) {
            doSetProperty("delay", delay);
            return this;
        }

        /**
         * Milliseconds before the next poll.
         * Default: {@code 500}.
         * The value as text, for example a property placeholder.
         *
         * @param delay the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder delay(String delay) {
            doSetProperty("delay", delay);
            return this;
        }

        /**
         * If greedy is enabled, then the ScheduledPollConsumer will run immediately again, if the previous run polled
         * 1 or more messages.
         * Default: {@code false}.
         *
         * @param greedy the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder greedy(boolean greedy) {
            doSetProperty("greedy", greedy);
            return this;
        }

        /**
         * If greedy is enabled, then the ScheduledPollConsumer will run immediately again, if the previous run polled
         * 1 or more messages.
         * Default: {@code false}.
         * The value as text, for example a property placeholder.
         *
         * @param greedy the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder greedy(String greedy) {
            doSetProperty("greedy", greedy);
            return this;
        }

        /**
         * Milliseconds before the first poll starts.
         * Default: {@code 1000}.
         *
         * @param initialDelay the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder initialDelay(long initialDelay) {
            doSetProperty("initialDelay", initialDelay);
            return this;
        }

        /**
         * Milliseconds before the first poll starts.
         * Default: {@code 1000}.
         * The value as text, for example a property placeholder.
         *
         * @param initialDelay the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder initialDelay(String initialDelay) {
            doSetProperty("initialDelay", initialDelay);
            return this;
        }

        /**
         * Specifies a maximum limit of number of fires. So if you set it to 1, the scheduler will only fire once. If
         * you set it to 5, it will only fire five times. A value of zero or negative means fire forever.
         * Default: {@code 0}.
         *
         * @param repeatCount the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder repeatCount(long repeatCount) {
            doSetProperty("repeatCount", repeatCount);
            return this;
        }

        /**
         * Specifies a maximum limit of number of fires. So if you set it to 1, the scheduler will only fire once. If
         * you set it to 5, it will only fire five times. A value of zero or negative means fire forever.
         * Default: {@code 0}.
         * The value as text, for example a property placeholder.
         *
         * @param repeatCount the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder repeatCount(String repeatCount) {
            doSetProperty("repeatCount", repeatCount);
            return this;
        }

        /**
         * The consumer logs a start/complete log line when it polls. This option allows you to configure the logging
         * level for that.
         * Default: {@code TRACE}.
         *
         * @param runLoggingLevel the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder runLoggingLevel(LoggingLevel runLoggingLevel) {
            doSetProperty("runLoggingLevel", runLoggingLevel);
            return this;
        }

        /**
         * The consumer logs a start/complete log line when it polls. This option allows you to configure the logging
         * level for that.
         * Default: {@code TRACE}.
         * The value as text, for example a property placeholder.
         *
         * @param runLoggingLevel the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder runLoggingLevel(String runLoggingLevel) {
            doSetProperty("runLoggingLevel", runLoggingLevel);
            return this;
        }

        /**
         * Allows for configuring a custom/shared thread pool to use for the consumer. By default each consumer has its
         * own single threaded thread pool.
         *
         * @param scheduledExecutorService the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder scheduledExecutorService(ScheduledExecutorService scheduledExecutorService) {
            doSetProperty("scheduledExecutorService", scheduledExecutorService);
            return this;
        }

        /**
         * Allows for configuring a custom/shared thread pool to use for the consumer. By default each consumer has its
         * own single threaded thread pool.
         * The value as text: a bean reference such as {@code #myBean}, or a property placeholder.
         *
         * @param scheduledExecutorService the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder scheduledExecutorService(String scheduledExecutorService) {
            doSetProperty("scheduledExecutorService", scheduledExecutorService);
            return this;
        }

        /**
         * To use a cron scheduler from either camel-spring or camel-quartz component. Use value spring or quartz for
         * built in scheduler
         * Default: {@code none}.
         *
         * @param scheduler the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder scheduler(Object scheduler) {
            doSetProperty("scheduler", scheduler);
            return this;
        }

        /**
         * To use a cron scheduler from either camel-spring or camel-quartz component. Use value spring or quartz for
         * built in scheduler
         * Default: {@code none}.
         * The value as text: a bean reference such as {@code #myBean}, or a property placeholder.
         *
         * @param scheduler the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder scheduler(String scheduler) {
            doSetProperty("scheduler", scheduler);
            return this;
        }

        /**
         * To configure additional properties when using a custom scheduler or any of the Quartz, Spring based
         * scheduler. This is a multi-value option with prefix: scheduler.
         *
         * @param key   the option key, without the prefix {@code scheduler.}
         * @param value the option value
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder schedulerProperties(String key, Object value) {
            doSetMultiValueProperty("schedulerProperties", "scheduler." + key, value);
            return this;
        }

        /**
         * To configure additional properties when using a custom scheduler or any of the Quartz, Spring based
         * scheduler. This is a multi-value option with prefix: scheduler.
         *
         * @param values the option keys, without the prefix {@code scheduler.}, and their values
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder schedulerProperties(Map values) {
            doSetMultiValueProperties("schedulerProperties", "scheduler.", values);
            return this;
        }

        /**
         * Whether the scheduler should be auto started.
         * Default: {@code true}.
         *
         * @param startScheduler the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder startScheduler(boolean startScheduler) {
            doSetProperty("startScheduler", startScheduler);
            return this;
        }

        /**
         * Whether the scheduler should be auto started.
         * Default: {@code true}.
         * The value as text, for example a property placeholder.
         *
         * @param startScheduler the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder startScheduler(String startScheduler) {
            doSetProperty("startScheduler", startScheduler);
            return this;
        }

        /**
         * Time unit for initialDelay and delay options.
         * Default: {@code MILLISECONDS}.
         *
         * @param timeUnit the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder timeUnit(TimeUnit timeUnit) {
            doSetProperty("timeUnit", timeUnit);
            return this;
        }

        /**
         * Time unit for initialDelay and delay options.
         * Default: {@code MILLISECONDS}.
         * The value as text, for example a property placeholder.
         *
         * @param timeUnit the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder timeUnit(String timeUnit) {
            doSetProperty("timeUnit", timeUnit);
            return this;
        }

        /**
         * Controls if fixed delay or fixed rate is used. See ScheduledExecutorService in JDK for details.
         * Default: {@code true}.
         *
         * @param useFixedDelay the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder useFixedDelay(boolean useFixedDelay) {
            doSetProperty("useFixedDelay", useFixedDelay);
            return this;
        }

        /**
         * Controls if fixed delay or fixed rate is used. See ScheduledExecutorService in JDK for details.
         * Default: {@code true}.
         * The value as text, for example a property placeholder.
         *
         * @param useFixedDelay the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder useFixedDelay(String useFixedDelay) {
            doSetProperty("useFixedDelay", useFixedDelay);
            return this;
        }

        /**
         * listJobs: instead of one page as a List, return an Iterator over all jobs that fetches each page only when
         * the previous one is used up, so split(body()).streaming() walks any number of jobs holding one page at a
         * time. The iteration stops at the last page and fails (rather than loop) if Zuora ever repeats a cursor.
         * Default: {@code false}.
         *
         * @param allPages the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder allPages(boolean allPages) {
            doSetProperty("allPages", allPages);
            return this;
        }

        /**
         * listJobs: instead of one page as a List, return an Iterator over all jobs that fetches each page only when
         * the previous one is used up, so split(body()).streaming() walks any number of jobs holding one page at a
         * time. The iteration stops at the last page and fails (rather than loop) if Zuora ever repeats a cursor.
         * Default: {@code false}.
         * The value as text, for example a property placeholder.
         *
         * @param allPages the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder allPages(String allPages) {
            doSetProperty("allPages", allPages);
            return this;
        }

        /**
         * awaitJob: how long to wait before polling the job again at first. Each later wait is a quarter longer than
         * the one before (5 s, 6.25 s, 7.8 s, ...), up to awaitMaxInterval, so a long job is polled less often. No
         * thread waits in between: the exchange continues when the job is terminal.
         * Default: {@code 5000}.
         *
         * @param awaitInterval the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder awaitInterval(long awaitInterval) {
            doSetProperty("awaitInterval", awaitInterval);
            return this;
        }

        /**
         * awaitJob: how long to wait before polling the job again at first. Each later wait is a quarter longer than
         * the one before (5 s, 6.25 s, 7.8 s, ...), up to awaitMaxInterval, so a long job is polled less often. No
         * thread waits in between: the exchange continues when the job is terminal.
         * Default: {@code 5000}.
         * The value as text: a number of milliseconds or a duration such as {@code 10s}, or a property placeholder.
         *
         * @param awaitInterval the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder awaitInterval(String awaitInterval) {
            doSetProperty("awaitInterval", awaitInterval);
            return this;
        }

        /**
         * awaitJob: the longest wait between two polls of a job.
         * Default: {@code 60000}.
         *
         * @param awaitMaxInterval the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder awaitMaxInterval(long awaitMaxInterval) {
            doSetProperty("awaitMaxInterval", awaitMaxInterval);
            return this;
        }

        /**
         * awaitJob: the longest wait between two polls of a job.
         * Default: {@code 60000}.
         * The value as text: a number of milliseconds or a duration such as {@code 10s}, or a property placeholder.
         *
         * @param awaitMaxInterval the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder awaitMaxInterval(String awaitMaxInterval) {
            doSetProperty("awaitMaxInterval", awaitMaxInterval);
            return this;
        }

        /**
         * awaitJob: how long to wait for the job to become terminal. Past it the exchange fails with
         * ZuoraJobTimeoutException, which carries the job as last seen; the job itself is left alone (not cancelled,
         * not submitted again), so a later awaitJob or getJob can pick it up.
         * Default: {@code 3600000}.
         *
         * @param awaitTimeout the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder awaitTimeout(long awaitTimeout) {
            doSetProperty("awaitTimeout", awaitTimeout);
            return this;
        }

        /**
         * awaitJob: how long to wait for the job to become terminal. Past it the exchange fails with
         * ZuoraJobTimeoutException, which carries the job as last seen; the job itself is left alone (not cancelled,
         * not submitted again), so a later awaitJob or getJob can pick it up.
         * Default: {@code 3600000}.
         * The value as text: a number of milliseconds or a duration such as {@code 10s}, or a property placeholder.
         *
         * @param awaitTimeout the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder awaitTimeout(String awaitTimeout) {
            doSetProperty("awaitTimeout", awaitTimeout);
            return this;
        }

        /**
         * listJobs: start after this job (the CamelZuoraNextCursor of the previous page, which is a job id). The
         * header CamelZuoraCursor overrides it. Without it the list starts at the newest job.
         *
         * @param cursor the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder cursor(String cursor) {
            doSetProperty("cursor", cursor);
            return this;
        }

        /**
         * awaitJob: when the job ends failed or cancelled, fail the exchange with ZuoraJobFailedException, which
         * carries the job and the failed rows of its CSV (fetched from the errors endpoint). When false (the default)
         * the final job is the body whatever its status, and CamelZuoraJobStatus says how it ended.
         * Default: {@code false}.
         *
         * @param failOnJobFailure the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder failOnJobFailure(boolean failOnJobFailure) {
            doSetProperty("failOnJobFailure", failOnJobFailure);
            return this;
        }

        /**
         * awaitJob: when the job ends failed or cancelled, fail the exchange with ZuoraJobFailedException, which
         * carries the job and the failed rows of its CSV (fetched from the errors endpoint). When false (the default)
         * the final job is the body whatever its status, and CamelZuoraJobStatus says how it ended.
         * Default: {@code false}.
         * The value as text, for example a property placeholder.
         *
         * @param failOnJobFailure the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder failOnJobFailure(String failOnJobFailure) {
            doSetProperty("failOnJobFailure", failOnJobFailure);
            return this;
        }

        /**
         * uploadFile: send the CSV gzipped (Content-Encoding: gzip), compressed as it streams. Saves bandwidth for
         * large files; the 15 MB limit applies to the file before compression. uploadFile sends the body (a file from
         * the file component, File, Path, InputStream, byte, or String sent as UTF-8) as it reads it, never holding it
         * whole. Before sending it refuses, with InvalidCsvException, a body whose size is known (all but streams) and
         * over 15 MB or zero, and a body whose first 64 KB are not well-formed UTF-8 (Latin-1 accents, a UTF-16 byte
         * order mark, broken or overlong sequences). While sending it counts and decode-checks every byte and aborts
         * the upload at the first byte past 15 MB or the first character that is not UTF-8, so Zuora never receives a
         * complete file it would refuse (the job stays pending). It cannot tell a wrong but valid encoding (e.g. a
         * pure-ASCII file meant as something else), nor check the CSV's columns: Zuora does. An upload from a stream
         * is sent once and not retried; the others are retried like any call. Note that with Camel's stream caching
         * on, a stream body is read into the cache when it enters the route: send large files as a File or Path.
         * Default: {@code false}.
         *
         * @param gzipUpload the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder gzipUpload(boolean gzipUpload) {
            doSetProperty("gzipUpload", gzipUpload);
            return this;
        }

        /**
         * uploadFile: send the CSV gzipped (Content-Encoding: gzip), compressed as it streams. Saves bandwidth for
         * large files; the 15 MB limit applies to the file before compression. uploadFile sends the body (a file from
         * the file component, File, Path, InputStream, byte, or String sent as UTF-8) as it reads it, never holding it
         * whole. Before sending it refuses, with InvalidCsvException, a body whose size is known (all but streams) and
         * over 15 MB or zero, and a body whose first 64 KB are not well-formed UTF-8 (Latin-1 accents, a UTF-16 byte
         * order mark, broken or overlong sequences). While sending it counts and decode-checks every byte and aborts
         * the upload at the first byte past 15 MB or the first character that is not UTF-8, so Zuora never receives a
         * complete file it would refuse (the job stays pending). It cannot tell a wrong but valid encoding (e.g. a
         * pure-ASCII file meant as something else), nor check the CSV's columns: Zuora does. An upload from a stream
         * is sent once and not retried; the others are retried like any call. Note that with Camel's stream caching
         * on, a stream body is read into the cache when it enters the route: send large files as a File or Path.
         * Default: {@code false}.
         * The value as text, for example a property placeholder.
         *
         * @param gzipUpload the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder gzipUpload(String gzipUpload) {
            doSetProperty("gzipUpload", gzipUpload);
            return this;
        }

        /**
         * submitJob: what the job does: create or update records from the CSV you upload next (update needs an Id
         * column), or delete the records that match a filter. The filter of a delete job comes from the header
         * CamelZuoraJobFilter: a JobFilter, a list of FilterConditions or of maps, or JSON text such as
         * {conditions:{field:CreatedDate,operator:LT,value:2020-01-01T00:00:00.000Z}}; 1 or 2 conditions (all must
         * match), operators EQ, GT, LT, GE, LE. Without a filter a delete job deletes every record of the object. The
         * request is checked before it is sent; a bad value fails the exchange with a message naming it.
         *
         * @param jobOperation the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder jobOperation(String jobOperation) {
            doSetProperty("jobOperation", jobOperation);
            return this;
        }

        /**
         * submitJob: the namespace of the custom object: default for the objects defined in your tenant, com_zuora for
         * Zuora's own.
         * Default: {@code default}.
         *
         * @param namespace the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder namespace(String namespace) {
            doSetProperty("namespace", namespace);
            return this;
        }

        /**
         * submitJob: the custom object the job works on, by its API name (e.g. passenger). Used when the message body
         * is not itself a job request (a SubmitJobRequest, a Map or JSON text).
         *
         * @param object the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder object(String object) {
            doSetProperty("object", object);
            return this;
        }

        /**
         * listJobs: jobs per page, 1 to 100 (Zuora's default is 25). The header CamelZuoraPageSize overrides it. With
         * allPages it is the size of each request; use 100 to make the fewest requests.
         *
         * @param pageSize the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder pageSize(Integer pageSize) {
            doSetProperty("pageSize", pageSize);
            return this;
        }

        /**
         * listJobs: jobs per page, 1 to 100 (Zuora's default is 25). The header CamelZuoraPageSize overrides it. With
         * allPages it is the size of each request; use 100 to make the fewest requests.
         * The value as text, for example a property placeholder.
         *
         * @param pageSize the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder pageSize(String pageSize) {
            doSetProperty("pageSize", pageSize);
            return this;
        }

        /**
         * listJobs: list only jobs in this status (accepted, pending, in_progress, completed, failed, cancelled). The
         * header CamelZuoraStatusFilter overrides it.
         *
         * @param status the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder status(String status) {
            doSetProperty("status", status);
            return this;
        }

        /**
         * watch: how many jobs a poll fetches at the same time (with jobIds, and the watched jobs of a discovery). A
         * round trip to Zuora takes tens of milliseconds, so fetching a thousand jobs one after another would stretch
         * a poll to about a minute; a few calls in flight keep it short. It does not change how many requests a poll
         * sends, and maxRequestsPerMinute still applies. 1 fetches one job after another on the polling thread.
         * Default: {@code 4}.
         *
         * @param fetchConcurrency the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder fetchConcurrency(int fetchConcurrency) {
            doSetProperty("fetchConcurrency", fetchConcurrency);
            return this;
        }

        /**
         * watch: how many jobs a poll fetches at the same time (with jobIds, and the watched jobs of a discovery). A
         * round trip to Zuora takes tens of milliseconds, so fetching a thousand jobs one after another would stretch
         * a poll to about a minute; a few calls in flight keep it short. It does not change how many requests a poll
         * sends, and maxRequestsPerMinute still applies. 1 fetches one job after another on the polling thread.
         * Default: {@code 4}.
         * The value as text, for example a property placeholder.
         *
         * @param fetchConcurrency the value to set
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder fetchConcurrency(String fetchConcurrency) {
            doSetProperty("fetchConcurrency", fetchConcurrency);
            return this;
        }
    }

    /** The advanced options of a {@code zuora-jobs} endpoint. */
    interface AdvancedZuoraJobsEndpointBuilder extends EndpointConsumerBuilder, EndpointProducerBuilder {

        /** Back to the common options. */
        default ZuoraJobsEndpointBuilder basic() {
            return (ZuoraJobsEndpointBuilder) this;
        }

        /**
         * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to
         * allow CamelContext and routes to startup in situations where a producer may otherwise fail during starting
         * and cause the route to fail being started. By deferring this startup to be lazy then the startup failure can
         * be handled during routing messages via Camel's routing error handlers. Beware that when the first message is
         * processed then creating and starting the producer may take a little time and prolong the total processing
         * time of the processing.
         * Default: {@code false}.
         *
         * @param lazyStartProducer the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder lazyStartProducer(boolean lazyStartProducer) {
            doSetProperty("lazyStartProducer", lazyStartProducer);
            return this;
        }

        /**
         * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to
         * allow CamelContext and routes to startup in situations where a producer may otherwise fail during starting
         * and cause the route to fail being started. By deferring this startup to be lazy then the startup failure can
         * be handled during routing messages via Camel's routing error handlers. Beware that when the first message is
         * processed then creating and starting the producer may take a little time and prolong the total processing
         * time of the processing.
         * Default: {@code false}.
         * The value as text, for example a property placeholder.
         *
         * @param lazyStartProducer the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder lazyStartProducer(String lazyStartProducer) {
            doSetProperty("lazyStartProducer", lazyStartProducer);
            return this;
        }

        /**
         * How long to wait for a connection to Zuora.
         * Default: {@code 10000}.
         *
         * @param connectTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder connectTimeout(long connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * How long to wait for a connection to Zuora.
         * Default: {@code 10000}.
         * The value as text: a number of milliseconds or a duration such as {@code 10s}, or a property placeholder.
         *
         * @param connectTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder connectTimeout(String connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * The Zuora-Entity-Ids header: the entity to act in, for Multi-entity tenants only.
         *
         * @param entityIds the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder entityIds(String entityIds) {
            doSetProperty("entityIds", entityIds);
            return this;
        }

        /**
         * The size of the component's HTTP connection pool (kept alive and shared by all endpoints).
         * Default: {@code 20}.
         *
         * @param maxConnections the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder maxConnections(int maxConnections) {
            doSetProperty("maxConnections", maxConnections);
            return this;
        }

        /**
         * The size of the component's HTTP connection pool (kept alive and shared by all endpoints).
         * Default: {@code 20}.
         * The value as text, for example a property placeholder.
         *
         * @param maxConnections the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder maxConnections(String maxConnections) {
            doSetProperty("maxConnections", maxConnections);
            return this;
        }

        /**
         * The largest response body, in bytes after inflating, that is read. A larger one (a misbehaving proxy, a gzip
         * bomb) fails the call instead of filling the heap.
         * Default: {@code 33554432}.
         *
         * @param maxResponseSize the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder maxResponseSize(long maxResponseSize) {
            doSetProperty("maxResponseSize", maxResponseSize);
            return this;
        }

        /**
         * The largest response body, in bytes after inflating, that is read. A larger one (a misbehaving proxy, a gzip
         * bomb) fails the call instead of filling the heap.
         * Default: {@code 33554432}.
         * The value as text, for example a property placeholder.
         *
         * @param maxResponseSize the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder maxResponseSize(String maxResponseSize) {
            doSetProperty("maxResponseSize", maxResponseSize);
            return this;
        }

        /**
         * The longest wait between two attempts of a call. When Zuora's Retry-After asks for more, the call fails at
         * once with ZuoraRateLimitException instead of holding the thread.
         * Default: {@code 30000}.
         *
         * @param maxRetryDelay the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder maxRetryDelay(long maxRetryDelay) {
            doSetProperty("maxRetryDelay", maxRetryDelay);
            return this;
        }

        /**
         * The longest wait between two attempts of a call. When Zuora's Retry-After asks for more, the call fails at
         * once with ZuoraRateLimitException instead of holding the thread.
         * Default: {@code 30000}.
         * The value as text: a number of milliseconds or a duration such as {@code 10s}, or a property placeholder.
         *
         * @param maxRetryDelay the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder maxRetryDelay(String maxRetryDelay) {
            doSetProperty("maxRetryDelay", maxRetryDelay);
            return this;
        }

        /**
         * The Zuora-Org-Ids header: comma-separated org ids, for Multi-Org tenants only.
         *
         * @param orgIds the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder orgIds(String orgIds) {
            doSetProperty("orgIds", orgIds);
            return this;
        }

        /**
         * How long to wait for Zuora's response to a call before treating it as failed (and retrying it when that is
         * safe). Zuora itself ends requests after 120 seconds.
         * Default: {@code 60000}.
         *
         * @param requestTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder requestTimeout(long requestTimeout) {
            doSetProperty("requestTimeout", requestTimeout);
            return this;
        }

        /**
         * How long to wait for Zuora's response to a call before treating it as failed (and retrying it when that is
         * safe). Zuora itself ends requests after 120 seconds.
         * Default: {@code 60000}.
         * The value as text: a number of milliseconds or a duration such as {@code 10s}, or a property placeholder.
         *
         * @param requestTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder requestTimeout(String requestTimeout) {
            doSetProperty("requestTimeout", requestTimeout);
            return this;
        }

        /**
         * The backoff before the first retry when Zuora sent no Retry-After; it doubles with each retry (up to
         * maxRetryDelay), and each wait is a random part of it (full jitter) so that many clients do not retry in
         * step.
         * Default: {@code 500}.
         *
         * @param retryDelay the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder retryDelay(long retryDelay) {
            doSetProperty("retryDelay", retryDelay);
            return this;
        }

        /**
         * The backoff before the first retry when Zuora sent no Retry-After; it doubles with each retry (up to
         * maxRetryDelay), and each wait is a random part of it (full jitter) so that many clients do not retry in
         * step.
         * Default: {@code 500}.
         * The value as text: a number of milliseconds or a duration such as {@code 10s}, or a property placeholder.
         *
         * @param retryDelay the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder retryDelay(String retryDelay) {
            doSetProperty("retryDelay", retryDelay);
            return this;
        }

        /**
         * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
         * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed
         * as a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party
         * component allows Camel to be alerted if an exception was thrown. Some components handle this internally
         * only, and therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel
         * component to hook into the 3rd party component and make this possible for future releases. By default the
         * consumer will use the ExceptionHandler to deal with exceptions, that will be logged at
         * WARN or ERROR level and ignored.
         * Default: {@code false}.
         *
         * @param bridgeErrorHandler the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder bridgeErrorHandler(boolean bridgeErrorHandler) {
            doSetProperty("bridgeErrorHandler", bridgeErrorHandler);
            return this;
        }

        /**
         * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
         * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed
         * as a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party
         * component allows Camel to be alerted if an exception was thrown. Some components handle this internally
         * only, and therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel
         * component to hook into the 3rd party component and make this possible for future releases. By default the
         * consumer will use the ExceptionHandler to deal with exceptions, that will be logged at
         * WARN or ERROR level and ignored.
         * Default: {@code false}.
         * The value as text, for example a property placeholder.
         *
         * @param bridgeErrorHandler the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder bridgeErrorHandler(String bridgeErrorHandler) {
            doSetProperty("bridgeErrorHandler", bridgeErrorHandler);
            return this;
        }

        /**
         * Discovery only: the most pages of the job list one poll reads to get back to the newest job it saw before.
         * It bounds the cost of a poll when the list does not contain that job any more; running jobs beyond the bound
         * are found by the next reconciliation.
         * Default: {@code 10}.
         *
         * @param discoveryMaxPages the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder discoveryMaxPages(int discoveryMaxPages) {
            doSetProperty("discoveryMaxPages", discoveryMaxPages);
            return this;
        }

        /**
         * Discovery only: the most pages of the job list one poll reads to get back to the newest job it saw before.
         * It bounds the cost of a poll when the list does not contain that job any more; running jobs beyond the bound
         * are found by the next reconciliation.
         * Default: {@code 10}.
         * The value as text, for example a property placeholder.
         *
         * @param discoveryMaxPages the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder discoveryMaxPages(String discoveryMaxPages) {
            doSetProperty("discoveryMaxPages", discoveryMaxPages);
            return this;
        }

        /**
         * Discovery only: how many jobs each request for the job list asks for (1 to 100). On a quiet tenant a poll
         * reads one page; a larger page costs fewer requests when many jobs are submitted between two polls.
         * Default: {@code 25}.
         *
         * @param discoveryPageSize the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder discoveryPageSize(int discoveryPageSize) {
            doSetProperty("discoveryPageSize", discoveryPageSize);
            return this;
        }

        /**
         * Discovery only: how many jobs each request for the job list asks for (1 to 100). On a quiet tenant a poll
         * reads one page; a larger page costs fewer requests when many jobs are submitted between two polls.
         * Default: {@code 25}.
         * The value as text, for example a property placeholder.
         *
         * @param discoveryPageSize the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder discoveryPageSize(String discoveryPageSize) {
            doSetProperty("discoveryPageSize", discoveryPageSize);
            return this;
        }

        /**
         * Discovery only: how often the watch also lists the jobs in each non-terminal status (one status per poll, so
         * one extra request per poll for three polls) to find running jobs the scan of the newest jobs missed, in case
         * Zuora's list order ever does not hold. 0 turns it off.
         * Default: {@code 3600000}.
         *
         * @param discoveryReconcileInterval the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder discoveryReconcileInterval(long discoveryReconcileInterval) {
            doSetProperty("discoveryReconcileInterval", discoveryReconcileInterval);
            return this;
        }

        /**
         * Discovery only: how often the watch also lists the jobs in each non-terminal status (one status per poll, so
         * one extra request per poll for three polls) to find running jobs the scan of the newest jobs missed, in case
         * Zuora's list order ever does not hold. 0 turns it off.
         * Default: {@code 3600000}.
         * The value as text: a number of milliseconds or a duration such as {@code 10s}, or a property placeholder.
         *
         * @param discoveryReconcileInterval the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder discoveryReconcileInterval(String discoveryReconcileInterval) {
            doSetProperty("discoveryReconcileInterval", discoveryReconcileInterval);
            return this;
        }

        /**
         * To let the consumer use a custom ExceptionHandler. Notice if the option bridgeErrorHandler is enabled then
         * this option is not in use. By default the consumer will deal with exceptions, that will be logged at WARN or
         * ERROR level and ignored.
         *
         * @param exceptionHandler the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder exceptionHandler(ExceptionHandler exceptionHandler) {
            doSetProperty("exceptionHandler", exceptionHandler);
            return this;
        }

        /**
         * To let the consumer use a custom ExceptionHandler. Notice if the option bridgeErrorHandler is enabled then
         * this option is not in use. By default the consumer will deal with exceptions, that will be logged at WARN or
         * ERROR level and ignored.
         * The value as text: a bean reference such as {@code #myBean}, or a property placeholder.
         *
         * @param exceptionHandler the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder exceptionHandler(String exceptionHandler) {
            doSetProperty("exceptionHandler", exceptionHandler);
            return this;
        }

        /**
         * Sets the exchange pattern when the consumer creates an exchange.
         *
         * @param exchangePattern the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder exchangePattern(ExchangePattern exchangePattern) {
            doSetProperty("exchangePattern", exchangePattern);
            return this;
        }

        /**
         * Sets the exchange pattern when the consumer creates an exchange.
         * The value as text, for example a property placeholder.
         *
         * @param exchangePattern the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder exchangePattern(String exchangePattern) {
            doSetProperty("exchangePattern", exchangePattern);
            return this;
        }

        /**
         * A pluggable PollingConsumerPollingStrategy allowing you to provide your custom
         * implementation to control error handling usually occurred during the poll operation before an Exchange have
         * been created and being routed in Camel.
         *
         * @param pollStrategy the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder pollStrategy(PollingConsumerPollStrategy pollStrategy) {
            doSetProperty("pollStrategy", pollStrategy);
            return this;
        }

        /**
         * A pluggable PollingConsumerPollingStrategy allowing you to provide your custom
         * implementation to control error handling usually occurred during the poll operation before an Exchange have
         * been created and being routed in Camel.
         * The value as text: a bean reference such as {@code #myBean}, or a property placeholder.
         *
         * @param pollStrategy the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder pollStrategy(String pollStrategy) {
            doSetProperty("pollStrategy", pollStrategy);
            return this;
        }

        /**
         * awaitJob: the threads of the producer's scheduler that poll awaited jobs. A thread is busy only for one HTTP
         * call per poll, so a couple of threads serve hundreds of awaited jobs.
         * Default: {@code 2}.
         *
         * @param awaitPoolSize the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder awaitPoolSize(int awaitPoolSize) {
            doSetProperty("awaitPoolSize", awaitPoolSize);
            return this;
        }

        /**
         * awaitJob: the threads of the producer's scheduler that poll awaited jobs. A thread is busy only for one HTTP
         * call per poll, so a couple of threads serve hundreds of awaited jobs.
         * Default: {@code 2}.
         * The value as text, for example a property placeholder.
         *
         * @param awaitPoolSize the value to set
         * @return the dsl builder
         */
        default AdvancedZuoraJobsEndpointBuilder awaitPoolSize(String awaitPoolSize) {
            doSetProperty("awaitPoolSize", awaitPoolSize);
            return this;
        }
    }

    /** Mix this into an {@code EndpointRouteBuilder} to get {@link #zuoraJobs(String)}. */
    interface ZuoraJobsBuilders {

        /**
         * A {@code zuora-jobs} endpoint.
         *
         * @param path the operation, as in the URI: {@code getJob}, ...
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder zuoraJobs(String path) {
            return ZuoraJobsEndpointBuilderFactory.endpointBuilder("zuora-jobs", path);
        }

        /**
         * A {@code zuora-jobs} endpoint of a component registered under another name.
         *
         * @param componentName the name the component is registered under
         * @param path          the operation, as in the URI
         * @return the dsl builder
         */
        default ZuoraJobsEndpointBuilder zuoraJobs(String componentName, String path) {
            return ZuoraJobsEndpointBuilderFactory.endpointBuilder(componentName, path);
        }
    }

    /** The builder of a {@code componentName:path} endpoint. */
    static ZuoraJobsEndpointBuilder endpointBuilder(String componentName, String path) {
        class ZuoraJobsEndpointBuilderImpl extends AbstractEndpointBuilder
                implements ZuoraJobsEndpointBuilder, AdvancedZuoraJobsEndpointBuilder {
            ZuoraJobsEndpointBuilderImpl(String path) {
                super(componentName, path);
            }
        }
        return new ZuoraJobsEndpointBuilderImpl(path);
    }
}
