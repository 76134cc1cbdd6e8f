package io.camelzuora.jobs.internal.producer;

import java.util.UUID;

import io.camelzuora.jobs.ZuoraJobsConstants;
import io.camelzuora.jobs.internal.client.InputChecks;
import org.apache.camel.Exchange;

/**
 * The {@code Idempotency-Key} of each POST and PATCH. The header {@code CamelZuoraIdempotencyKey} wins; otherwise the
 * key is a random base generated once per exchange plus the name of the call ({@code submitJob-<request hash>},
 * {@code uploadFile-<job id>}, {@code cancelJob-<job id>}), so that:
 * <ul>
 * <li>every retry of the client and every Camel redelivery of the same step sends the same key, and Zuora replays the
 * first result instead of doing the work twice. The base lives in an exchange property because the property survives
 * redelivery, while the message may be reset to the original by the error handler;</li>
 * <li>the different calls of one route (submit, then upload) get different keys: one key for both would make Zuora
 * answer the upload 422 "key used for a different request";</li>
 * <li>copies of an exchange (split, multicast, wire tap) get their own base: the property remembers the id of the
 * exchange it was made for, and a copy has another id.</li>
 * </ul>
 */
final class IdempotencyKeys {

    static final String PROPERTY = "CamelZuoraIdempotencyScope";

    /** The base of the generated keys of one exchange. */
    private record Scope(String exchangeId, String base) {
    }

    private IdempotencyKeys() {
    }

    /**
     * The key of this call: the header's (checked), else the exchange's generated key for {@code call}.
     *
     * @param call names the call uniquely within the exchange, e.g. {@code uploadFile-<job id>}
     */
    static String keyFor(Exchange exchange, String call) {
        String header = exchange.getMessage().getHeader(ZuoraJobsConstants.IDEMPOTENCY_KEY, String.class);
        if (header != null) {
            return InputChecks.idempotencyKey(header, "header " + ZuoraJobsConstants.IDEMPOTENCY_KEY);
        }
        Scope scope = exchange.getProperty(PROPERTY, Scope.class);
        if (scope == null || !scope.exchangeId().equals(exchange.getExchangeId())) {
            scope = new Scope(exchange.getExchangeId(), UUID.randomUUID().toString());
            exchange.setProperty(PROPERTY, scope);
        }
        return scope.base() + "-" + call;
    }

    /** The call succeeded: a key from the header is spent, so the next call of the route does not reuse it. */
    static void succeeded(Exchange exchange) {
        exchange.getMessage().removeHeader(ZuoraJobsConstants.IDEMPOTENCY_KEY);
    }

    /**
     * Zuora answered with a refusal it remembers under the key (the concurrency limit): a redelivery must send a new
     * key, or it would be answered with the same refusal. Only generated keys can be renewed.
     */
    static void renew(Exchange exchange) {
        exchange.removeProperty(PROPERTY);
    }
}
