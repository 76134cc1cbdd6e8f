package io.camelzuora.jobs.internal.consumer;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

import io.camelzuora.jobs.internal.client.InputChecks;

/**
 * The {@code jobIds} option read as a set of job ids. It may be comma-separated text, a {@code Collection<String>} or a
 * {@code Supplier<Collection<String>>} (read again on every poll, so ids can be added while the route runs). Every id
 * must be a UUID.
 */
final class JobIdList {

    private final Object option;

    JobIdList(Object option) {
        this.option = option;
    }

    /** Whether the option is a supplier, whose ids can change between polls. */
    boolean isDynamic() {
        return option instanceof Supplier;
    }

    /** The ids, in the order given, without duplicates. */
    Set<String> resolve() {
        Object value = option instanceof Supplier<?> supplier ? supplier.get() : option;
        Set<String> ids = new LinkedHashSet<>();
        if (value instanceof String text) {
            for (String id : text.split(",")) {
                if (!id.isBlank()) {
                    ids.add(InputChecks.jobId(id.trim(), "option jobIds"));
                }
            }
        } else if (value instanceof Collection<?> collection) {
            for (Object id : collection) {
                ids.add(InputChecks.jobId(id == null ? null : id.toString().trim(), "option jobIds"));
            }
        } else {
            throw new IllegalArgumentException("Option jobIds must be comma-separated job ids, or a reference (#bean) to a"
                                               + " Collection<String> or a Supplier<Collection<String>>; got "
                                               + (value == null ? "null" : value.getClass().getName()));
        }
        return ids;
    }
}
