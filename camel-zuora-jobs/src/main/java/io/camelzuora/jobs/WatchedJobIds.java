package io.camelzuora.jobs;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import io.camelzuora.jobs.internal.client.InputChecks;

/**
 * The jobs a {@code zuora-jobs:watch} follows: the type of its {@code jobIds} option. Camel makes it from the option's
 * text (comma-separated job ids), or from a bean the option references: a {@code Collection<String>} of ids, or a
 * {@code Supplier<Collection<String>>} that is read again on every poll, so ids can be added while the route runs.
 * Every id must be a UUID; fixed ids are checked when they are given, a supplier's on every read.
 */
public final class WatchedJobIds {

    private static final String SOURCE = "option jobIds";

    private final Set<String> fixed;
    private final Supplier<? extends Collection<?>> supplier;

    private WatchedJobIds(Set<String> fixed, Supplier<? extends Collection<?>> supplier) {
        this.fixed = fixed;
        this.supplier = supplier;
    }

    /** Comma-separated job ids; blanks between commas are ignored. */
    public static WatchedJobIds of(String commaSeparated) {
        return new WatchedJobIds(check(Arrays.stream(commaSeparated.split(",")).filter(id -> !id.isBlank()).toList()),
                null);
    }

    /** These job ids, in the order given, without duplicates. */
    public static WatchedJobIds of(Collection<?> ids) {
        return new WatchedJobIds(check(ids), null);
    }

    /** The ids the supplier gives, read again on every poll. */
    public static WatchedJobIds readEachPoll(Supplier<? extends Collection<?>> supplier) {
        return new WatchedJobIds(null, supplier);
    }

    /** Whether the ids can change between polls (a supplier), so jobs no longer listed are forgotten. */
    public boolean isDynamic() {
        return supplier != null;
    }

    /** The ids now, in the order given, without duplicates. */
    public Set<String> resolve() {
        if (supplier == null) {
            return fixed;
        }
        Collection<?> ids = supplier.get();
        if (ids == null) {
            throw new IllegalArgumentException("The Supplier of option jobIds returned null; return a collection of job"
                                               + " ids (it may be empty)");
        }
        return check(ids);
    }

    private static Set<String> check(Collection<?> ids) {
        Set<String> checked = new LinkedHashSet<>();
        for (Object id : ids) {
            checked.add(InputChecks.jobId(id == null ? null : id.toString().trim(), SOURCE));
        }
        return Collections.unmodifiableSet(checked);
    }

    /** The same fixed ids, or the same supplier. */
    @Override
    public boolean equals(Object other) {
        return other instanceof WatchedJobIds that && Objects.equals(fixed, that.fixed)
               && Objects.equals(supplier, that.supplier);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fixed, supplier);
    }

    @Override
    public String toString() {
        return supplier != null ? "job ids read from " + supplier.getClass().getName() + " on every poll"
                : fixed.size() + " job ids";
    }
}
