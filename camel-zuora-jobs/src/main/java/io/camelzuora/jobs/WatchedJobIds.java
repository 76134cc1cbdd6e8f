package io.camelzuora.jobs;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

import io.camelzuora.jobs.internal.client.InputChecks;

/**
 * The jobs a {@code zuora-jobs:watch} follows: the type of its {@code jobIds} option. Camel makes it from the option's
 * text (comma-separated job ids), or from a bean the option references: a {@code Collection<String>} of ids, read on
 * every poll so ids added to it are watched from the next poll on, or a {@code Supplier<Collection<String>>}, also read
 * on every poll, whose jobs are forgotten once it stops listing them. Every id must be a UUID; ids are checked when the
 * route starts and on every read.
 */
public final class WatchedJobIds {

    private static final String SOURCE = "option jobIds";

    /** Ids given as text, checked once; {@code null} for a bean, read on every poll. */
    private final Set<String> fixed;
    private final Supplier<?> ids;
    private final boolean dynamic;

    private WatchedJobIds(Set<String> fixed, Supplier<?> ids, boolean dynamic) {
        this.fixed = fixed;
        this.ids = ids;
        this.dynamic = dynamic;
    }

    /** Comma-separated job ids; blanks between commas are ignored. */
    public static WatchedJobIds of(String commaSeparated) {
        return new WatchedJobIds(
                check(Arrays.stream(commaSeparated.split(",")).filter(id -> !id.isBlank()).toList()), null, false);
    }

    /** The job ids in this collection, read on every poll. */
    public static WatchedJobIds of(Collection<?> ids) {
        check(ids);
        return new WatchedJobIds(null, () -> ids, false);
    }

    /** The ids the supplier gives, read on every poll; jobs it no longer lists are forgotten. */
    public static WatchedJobIds readEachPoll(Supplier<?> supplier) {
        return new WatchedJobIds(null, supplier, true);
    }

    /** Whether jobs no longer listed are forgotten (a supplier). */
    public boolean isDynamic() {
        return dynamic;
    }

    /** The ids now, in the order given, without duplicates. */
    public Set<String> resolve() {
        if (fixed != null) {
            return fixed;
        }
        Object now = ids.get();
        if (now instanceof Collection<?> current) {
            return check(current);
        }
        throw new IllegalArgumentException(
                "The Supplier of option jobIds returned "
                                           + (now == null ? "null" : "a " + now.getClass().getName())
                                           + "; return a Collection of job ids (it may be empty)");
    }

    private static Set<String> check(Collection<?> ids) {
        Set<String> checked = new LinkedHashSet<>();
        for (Object id : ids) {
            checked.add(InputChecks.jobId(id == null ? null : id.toString().trim(), SOURCE));
        }
        return Collections.unmodifiableSet(checked);
    }

    /** The same supplier, or (text and collections) the same ids now. */
    @Override
    public boolean equals(Object other) {
        return other instanceof WatchedJobIds that && dynamic == that.dynamic
                && (dynamic ? ids == that.ids : resolve().equals(that.resolve()));
    }

    @Override
    public int hashCode() {
        return dynamic ? System.identityHashCode(ids) : resolve().hashCode();
    }

    @Override
    public String toString() {
        return dynamic ? "job ids read from a supplier on every poll" : resolve().size() + " job ids";
    }
}
