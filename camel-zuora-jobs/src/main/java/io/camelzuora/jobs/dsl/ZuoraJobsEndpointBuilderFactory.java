package io.camelzuora.jobs.dsl;

import org.apache.camel.builder.EndpointConsumerBuilder;
import org.apache.camel.builder.EndpointProducerBuilder;
import org.apache.camel.builder.endpoint.AbstractEndpointBuilder;

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
        default ZuoraJobsEndpointBuilder sslContextParameters(org.apache.camel.support.jsse.SSLContextParameters sslContextParameters) {
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
