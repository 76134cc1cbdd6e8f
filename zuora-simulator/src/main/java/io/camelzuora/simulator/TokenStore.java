package io.camelzuora.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The registered OAuth clients and the access tokens issued to them, with expiry on the simulator clock. */
final class TokenStore {

    private final Map<String, String> secretsByClientId = new ConcurrentHashMap<>();
    /** Token to expiry; {@link Instant#MAX} for tokens that never expire. */
    private final Map<String, Instant> expiryByToken = new ConcurrentHashMap<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private volatile Duration ttl = Duration.ofSeconds(3599);

    void registerClient(String clientId, String clientSecret) {
        secretsByClientId.put(Objects.requireNonNull(clientId, "clientId"),
                Objects.requireNonNull(clientSecret, "clientSecret"));
    }

    boolean isClient(String clientId, String clientSecret) {
        return clientId != null && clientSecret != null && clientSecret.equals(secretsByClientId.get(clientId));
    }

    void ttl(Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("token ttl must be positive: " + ttl);
        }
        this.ttl = ttl;
    }

    Duration ttl() {
        return ttl;
    }

    String issue(Instant now) {
        String token = Ids.hex32();
        expiryByToken.put(token, now.plus(ttl));
        return token;
    }

    void addStatic(String token) {
        expiryByToken.put(Objects.requireNonNull(token, "token"), Instant.MAX);
    }

    boolean isValid(String token, Instant now) {
        Instant expiry = token == null ? null : expiryByToken.get(token);
        return expiry != null && now.isBefore(expiry);
    }

    /** Forgets every token, the never-expiring ones included. */
    void revokeAll() {
        expiryByToken.clear();
    }

    void countRequest() {
        tokenRequests.incrementAndGet();
    }

    int requestCount() {
        return tokenRequests.get();
    }
}
