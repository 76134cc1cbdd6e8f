package io.camelzuora.jobs.internal.consumer;

import java.time.Instant;

/**
 * A job as a watch consumer tracks it, for management and the dev console: its id, the status the watch last delivered
 * ({@code null} before the first), when the watch first saw it, and whether it needs no more requests.
 */
public record WatchedJob(String id, String status, Instant firstSeen, boolean finished) {
}
