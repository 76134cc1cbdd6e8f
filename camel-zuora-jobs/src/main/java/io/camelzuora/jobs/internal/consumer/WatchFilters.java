package io.camelzuora.jobs.internal.consumer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.camelzuora.jobs.model.CustomObjectBulkJob;

/**
 * The {@code statusFilter}, {@code objectFilter} and {@code operationFilter} options, each a comma-separated list
 * (empty means everything passes). Statuses and operations compare without regard to case; object names exactly.
 */
final class WatchFilters {

    private final Set<String> statuses;
    private final Set<String> objects;
    private final Set<String> operations;

    WatchFilters(String statusFilter, String objectFilter, String operationFilter) {
        this.statuses = parse(statusFilter, true);
        this.objects = parse(objectFilter, false);
        this.operations = parse(operationFilter, true);
    }

    /** Whether the job's object and operation are watched at all. */
    boolean watches(CustomObjectBulkJob job) {
        return (objects.isEmpty() || objects.contains(job.getObject()))
                && (operations.isEmpty() || job.getOperation() != null
                        && operations.contains(job.getOperation().toLowerCase(Locale.ROOT)));
    }

    /** Whether a change to this status is emitted; a change that is not still advances the stored state. */
    boolean emits(String status) {
        return statuses.isEmpty() || status != null && statuses.contains(status.toLowerCase(Locale.ROOT));
    }

    private static Set<String> parse(String list, boolean lowerCase) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split(","))
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .map(value -> lowerCase ? value.toLowerCase(Locale.ROOT) : value)
                .collect(Collectors.toUnmodifiableSet());
    }
}
