package io.camelzuora.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Remembers the first result of each {@code Idempotency-Key} for 24 hours (simulator clock) and decides what a repeat
 * gets: the same result, 409 while the first is in flight, 422 for a different request under the same key.
 */
final class IdempotencyCache {

    static final int MAX_KEY_LENGTH = 254;
    private static final Duration RETENTION = Duration.ofHours(24);

    /** What a request with a key may do. */
    sealed interface Decision permits Proceed, Replay, InFlight, Mismatch {
    }

    /** The key is new: serve the request, then {@link #complete} or {@link #release} it. */
    record Proceed() implements Decision {
    }

    /** The key's first result, to send again. */
    record Replay(ApiResponse response) implements Decision {
    }

    record InFlight() implements Decision {
    }

    record Mismatch() implements Decision {
    }

    private record Entry(String fingerprint, Instant expires, ApiResponse response) {
    }

    private final Map<String, Entry> entries = new HashMap<>();

    synchronized Decision reserve(String key, ApiRequest request, Instant now) {
        String fingerprint = fingerprint(request);
        Entry entry = entries.get(key);
        if (entry != null && !now.isBefore(entry.expires())) {
            entry = null;
        }
        if (entry == null) {
            entries.put(key, new Entry(fingerprint, now.plus(RETENTION), null));
            return new Proceed();
        }
        if (!entry.fingerprint().equals(fingerprint)) {
            return new Mismatch();
        }
        return entry.response() == null ? new InFlight() : new Replay(entry.response());
    }

    synchronized void complete(String key, ApiResponse response) {
        Entry entry = entries.get(key);
        if (entry != null) {
            entries.put(key, new Entry(entry.fingerprint(), entry.expires(), response));
        }
    }

    /** Forgets a reservation whose request never reached the API (an injected fault answered instead). */
    synchronized void release(String key) {
        Entry entry = entries.get(key);
        if (entry != null && entry.response() == null) {
            entries.remove(key);
        }
    }

    private static String fingerprint(ApiRequest request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.method() + " " + request.path() + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(request.body()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
