package io.camelzuora.jobs.internal.consumer;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Where discovery stands: the newest job it has seen in the list (the watermark, with its creation time in epoch
 * milliseconds, so that a scan can stop even when that job was deleted) and the jobs it still watches (discovered but
 * not yet finished, including those whose change has not been delivered yet). Stored as one line,
 * {@code watermarkId|watermarkCreatedMillis|id,id,...}.
 *
 * @param watermarkId      the newest listed job when the mark was taken, {@code null} on an empty tenant
 * @param watermarkCreated its {@code CreatedDate} in epoch milliseconds, {@link Long#MIN_VALUE} when unknown
 * @param watched          the ids of the jobs still watched
 */
record DiscoveryMark(String watermarkId, long watermarkCreated, Set<String> watched) {

    static DiscoveryMark decode(String stored) {
        String[] parts = WatchState.fields(stored, 3);
        if (parts == null) {
            return null;
        }
        try {
            Set<String> watched = new LinkedHashSet<>();
            if (!parts[2].isEmpty()) {
                watched.addAll(Arrays.asList(parts[2].split(",")));
            }
            return new DiscoveryMark(parts[0].isEmpty() ? null : parts[0], Long.parseLong(parts[1]), watched);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    String encode() {
        return (watermarkId == null ? "" : watermarkId) + '|' + watermarkCreated + '|' + String.join(",", watched);
    }
}
